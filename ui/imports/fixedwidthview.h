// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractScrollArea>
#include <QList>
#include <QStringList>

namespace stevedore {

// The first lines of fixed-width text in a monospace font under a ruler, with the column
// boundaries drawn across them. Clicking between two characters adds a boundary there, or
// removes the one that is there; from the keyboard, Left and Right move a caret between
// characters and Space toggles the boundary at it. A boundary is a character offset in
// (0, lineLength()): the number of characters to its left.
class FixedWidthView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit FixedWidthView(QWidget *parent = nullptr);

    // Replaces the lines (a tab is shown as one character, as the reader counts it).
    void setLines(const QStringList &lines);
    QStringList lines() const { return m_lines; }
    // The longest line's length in characters.
    int lineLength() const { return m_length; }

    QList<int> boundaries() const { return m_boundaries; }
    // Shows these boundaries (sorted and deduplicated here); no signal.
    void setBoundaries(const QList<int> &boundaries);
    // Adds the boundary at position, or removes it; emits boundariesChanged(). Positions outside
    // (0, lineLength()) are ignored.
    void toggleBoundary(int position);

    int caret() const { return m_caret; }
    // The boundary position nearest to a point of the viewport; -1 outside the text.
    int positionAt(const QPoint &point) const;
    // The viewport point of the gap before character position (for tests to click at).
    QPoint pointAt(int position) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void boundariesChanged(const QList<int> &boundaries);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void paintRuler(QPainter &painter, qreal left) const;
    void paintColumns(QPainter &painter, qreal left) const;
    void paintLines(QPainter &painter, qreal left) const;
    void paintMarks(QPainter &painter, qreal left) const;
    qreal charWidth() const;
    int lineHeight() const;
    int rulerHeight() const;
    qreal xOf(int position) const; // in viewport coordinates
    void setCaret(int position);
    void updateScrollBars();

    QStringList m_lines;
    QList<int> m_boundaries;
    int m_length = 0;
    int m_caret = 1;
    int m_hover = -1;
};

} // namespace stevedore
