import { useEffect, useRef, useState } from 'react';
import jsQR from 'jsqr';
import { useLanguage } from '../i18n';

/** Reads a QR code from the camera (jsQR on the video's frames); gives the first code it finds. */
export function QrScanner({ onResult }: { onResult(value: string): void }) {
  const { t } = useLanguage();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  const latest = useRef(onResult);
  latest.current = onResult;
  useEffect(() => {
    let stream: MediaStream | null = null;
    let frame = 0;
    let stopped = false;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    const scan = () => {
      if (stopped) return;
      const element = video.current;
      if (element && context && element.readyState >= element.HAVE_ENOUGH_DATA) {
        canvas.width = element.videoWidth;
        canvas.height = element.videoHeight;
        context.drawImage(element, 0, 0);
        const image = context.getImageData(0, 0, canvas.width, canvas.height);
        const code = jsQR(image.data, image.width, image.height);
        if (code?.data) return latest.current(code.data);
      }
      frame = requestAnimationFrame(scan);
    };
    navigator.mediaDevices
      ?.getUserMedia({ video: { facingMode: 'environment' } })
      .then((media) => {
        if (stopped) return media.getTracks().forEach((track) => track.stop());
        stream = media;
        if (video.current) {
          video.current.srcObject = media;
          void video.current.play();
        }
        frame = requestAnimationFrame(scan);
      })
      .catch(() => setFailed(true)) ?? setFailed(true);
    return () => {
      stopped = true;
      cancelAnimationFrame(frame);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);
  if (failed) return <p className="error" role="alert">{t.verify.cameraUnavailable}</p>;
  return (
    <div className="scanner">
      <p>{t.verify.scanHint}</p>
      <video ref={video} muted playsInline aria-label={t.verify.videoLabel} />
    </div>
  );
}
