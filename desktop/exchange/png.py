"""A drawn picture as PNG bytes, in memory: the PDF's charts are painted into images and placed as PNG."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt is loaded by the chart that draws the picture, only when a PDF is made
    from PySide6.QtGui import QImage


def png_bytes(image: QImage) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide6 takes str
    buffer.close()
    return bytes(data.data())
