"""Reading ticket QR codes from a webcam (QtMultimedia), decoded off the GUI thread.

The camera's frames arrive on the GUI thread through the preview's QVideoSink. At
most one frame is being decoded at any time; frames that arrive meanwhile are
dropped (a webcam gives 30 a second, one read is enough). The worker thread turns
the frame into an 8-bit grey image and hands it to zxing-cpp.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import zxingcpp
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

if TYPE_CHECKING:  # imported when the camera is first started (multimedia is heavy)
    from PySide6.QtMultimedia import QCamera, QMediaCaptureSession
    from PySide6.QtMultimediaWidgets import QVideoWidget

# The same code read again by the camera within this many seconds is not passed on again
# (a badge held in front of the lens is read in every frame).
SAME_CODE_SECONDS = 3.0


def grey_image(frame: QImage) -> QImage:
    """The frame as 8-bit grey (a cheap copy when it is grey already)."""
    if frame.format() == QImage.Format.Format_Grayscale8:
        return frame
    return frame.convertToFormat(QImage.Format.Format_Grayscale8)


def decode_frame(frame: QImage | Any) -> list[str]:
    """The texts of the QR codes in a frame: a QImage, or anything zxing-cpp reads (a NumPy array, a PIL image)."""
    if isinstance(frame, QImage):
        if frame.isNull():
            return []
        grey = grey_image(frame)
        # The ignore: the stub asks for a NumPy array; nanobind takes any buffer (a memoryview here).
        frame = zxingcpp.ImageView(
            memoryview(grey.constBits()),  # type: ignore[arg-type]
            grey.width(),
            grey.height(),
            zxingcpp.ImageFormat.Lum,
            grey.bytesPerLine(),
        )
    # The ignore: the stub asks for BarcodeFormats; nanobind converts a BarcodeFormat implicitly (a module-level
    # BarcodeFormats instead is reported as leaked by nanobind when Python exits).
    return [
        result.text
        for result in zxingcpp.read_barcodes(frame, formats=zxingcpp.BarcodeFormat.QRCode)  # type: ignore[arg-type]
        if result.valid and result.text
    ]


class FrameDecoder(QObject):
    """Lives in the worker thread: decodes one frame at a time, then says it is free."""

    decoded = Signal(list)  # list[str]
    idle = Signal()

    @Slot(object)
    def decode(self, frame: object) -> None:
        try:
            image = frame.toImage() if hasattr(frame, "toImage") else frame  # QVideoFrame -> QImage here
            texts = decode_frame(image) if image is not None else []
        except Exception:  # noqa: BLE001 - a bad frame is skipped, never stops the camera
            texts = []
        if texts:
            self.decoded.emit(texts)
        self.idle.emit()


class CameraScanner(QWidget):
    """A camera preview that emits code_read(text) for each new QR it sees.

    With no camera (a laptop without one, or tests offscreen) it says so and
    nothing else happens; feed_frame() still decodes frames given to it.
    """

    code_read = Signal(str)
    _decode_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frames_seen = 0
        self.frames_dropped = 0
        self._busy = False
        self._last_code = ""
        self._last_code_at = 0.0
        self._camera: QCamera | None = None
        self._session: QMediaCaptureSession | None = None
        self.video: QVideoWidget | None = None

        self._thread = QThread(self)
        self._thread.setObjectName("camera-decoder")
        self._decoder = FrameDecoder()
        self._decoder.moveToThread(self._thread)
        self._decode_requested.connect(self._decoder.decode, Qt.ConnectionType.QueuedConnection)
        self._decoder.decoded.connect(self._on_decoded, Qt.ConnectionType.QueuedConnection)
        self._decoder.idle.connect(self._on_idle, Qt.ConnectionType.QueuedConnection)
        self._thread.finished.connect(self._decoder.deleteLater)
        self._thread.start()

        self._stack = QStackedLayout()
        self.message = QLabel()
        self.message.setObjectName("CameraMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self._stack.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._stack)
        self.message.setText(self.tr("Camera off"))

    # -- the camera ----------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self._camera is not None and self._camera.isActive()

    def start(self) -> bool:
        """Opens the default camera; False (and a message) when there is none."""
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices
        from PySide6.QtMultimediaWidgets import QVideoWidget

        if self._camera is not None:
            return True
        device = QMediaDevices.defaultVideoInput()
        if device.isNull() and QMediaDevices.videoInputs():
            device = QMediaDevices.videoInputs()[0]
        if device.isNull():
            self.message.setText(self.tr("No camera found. Use the scanner or search by name."))
            self._stack.setCurrentWidget(self.message)
            return False
        self._camera = QCamera(device, self)
        self._camera.errorOccurred.connect(self._camera_failed)
        self._session = QMediaCaptureSession(self)
        self._session.setCamera(self._camera)
        if self.video is None:
            self.video = QVideoWidget()
            self._stack.addWidget(self.video)
        self._session.setVideoOutput(self.video)
        self.video.videoSink().videoFrameChanged.connect(self.feed_frame)
        self._stack.setCurrentWidget(self.video)
        self._camera.start()
        return True

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
            if self.video is not None:
                self.video.videoSink().videoFrameChanged.disconnect(self.feed_frame)
            self._camera.deleteLater()
            self._camera = None
        self.message.setText(self.tr("Camera off"))
        self._stack.setCurrentWidget(self.message)

    def _camera_failed(self, _error, text: str) -> None:
        self.stop()
        self.message.setText(self.tr("The camera stopped: ") + text)

    def shutdown(self) -> None:
        """Stops the camera and the decoding thread (call before the window goes)."""
        self.stop()
        self._thread.quit()
        self._thread.wait(2000)

    # -- frames ------------------------------------------------------------------------------------
    @Slot(object)
    def feed_frame(self, frame: object) -> bool:
        """A frame (QVideoFrame, QImage or array) to decode; False when it was dropped as one is in flight."""
        self.frames_seen += 1
        if self._busy:
            self.frames_dropped += 1
            return False
        self._busy = True
        self._decode_requested.emit(frame)
        return True

    def _on_idle(self) -> None:
        self._busy = False

    def _on_decoded(self, texts: list[str]) -> None:
        now = time.monotonic()
        for text in texts:
            if text == self._last_code and now - self._last_code_at < SAME_CODE_SECONDS:
                self._last_code_at = now
                continue
            self._last_code, self._last_code_at = text, now
            self.code_read.emit(text)
