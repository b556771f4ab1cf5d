'use client';

import { useEffect, useRef, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { FormError } from '@/components/ui/form-messages';
import type { ErrorCode } from '@/lib/errors';
import { checkInAction } from '../actions';
import { CheckInOutcomeCard, type CheckInResult } from './person-card';

// Scanning: the browser's own BarcodeDetector where it exists (Chrome on
// Android: fast, no extra code), else jsQR (small, dependency-free, pure JS),
// loaded only when the camera is started, on frames drawn to a canvas.
// A badge code can also be typed or sent by a handheld scanner (which types it
// followed by Enter) in the field below the camera.

type Detector = { detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]> };
type DetectorCtor = new (options: { formats: string[] }) => Detector;

export function Scanner({ eventSlug, timeZone, locale }: { eventSlug: string; timeZone: string; locale: 'fr' | 'en' | 'es' | 'pt' }) {
  const t = useTranslations('checkin');
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const timer = useRef<number | null>(null);
  const [scanning, setScanning] = useState(false);
  const [cameraError, setCameraError] = useState<'denied' | 'unsupported' | null>(null);
  const [result, setResult] = useState<CheckInResult | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [code, setCode] = useState('');
  const [pending, start] = useTransition();

  const stop = () => {
    if (timer.current) window.clearTimeout(timer.current);
    timer.current = null;
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
    setScanning(false);
  };
  useEffect(() => stop, []);

  const submit = (token: string) =>
    start(async () => {
      const res = await checkInAction({ eventSlug, token, locale });
      if (res.ok) {
        setResult(res.data);
        setError(null);
      } else {
        setResult(null);
        setError(res.code);
      }
    });

  async function startCamera() {
    setCameraError(null);
    if (!navigator.mediaDevices?.getUserMedia) return setCameraError('unsupported');
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch {
      return setCameraError('denied');
    }
    const el = video.current!;
    el.srcObject = stream.current;
    await el.play().catch(() => undefined);
    setScanning(true);
    const Native = (window as unknown as { BarcodeDetector?: DetectorCtor }).BarcodeDetector;
    const detector = Native ? new Native({ formats: ['qr_code'] }) : null;
    const jsQR = detector ? null : (await import('jsqr')).default;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    const tick = async () => {
      if (!stream.current) return;
      let found: string | null = null;
      if (el.readyState >= 2) {
        if (detector) {
          found = (await detector.detect(el).catch(() => []))[0]?.rawValue ?? null;
        } else if (jsQR && context) {
          const scale = Math.min(1, 640 / (el.videoWidth || 640));
          canvas.width = Math.round(el.videoWidth * scale);
          canvas.height = Math.round(el.videoHeight * scale);
          context.drawImage(el, 0, 0, canvas.width, canvas.height);
          const image = context.getImageData(0, 0, canvas.width, canvas.height);
          found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
        }
      }
      if (found) {
        stop();
        submit(found);
      } else timer.current = window.setTimeout(tick, 200);
    };
    void tick();
  }

  return (
    <section aria-labelledby="scan-title" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h3 id="scan-title" className="text-lg font-semibold">
        {t('scan.title')}
      </h3>
      <video ref={video} playsInline muted className={scanning ? 'aspect-square w-full max-w-sm rounded-md bg-black object-cover' : 'hidden'} aria-label={t('scan.video')} />
      <div className="flex flex-wrap gap-2">
        {scanning ? (
          <Button variant="secondary" onClick={stop}>
            {t('scan.stop')}
          </Button>
        ) : (
          <Button onClick={startCamera} data-testid="start-camera">
            {t('scan.start')}
          </Button>
        )}
      </div>
      {cameraError ? <p className="text-sm text-red-800">{t(`scan.${cameraError}`)}</p> : null}
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (code.trim()) submit(code.trim());
          setCode('');
        }}
      >
        <div className="min-w-0 flex-1">
          <label htmlFor="badge-code" className="block font-medium">
            {t('scan.code')}
          </label>
          <Input id="badge-code" value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" autoCapitalize="off" spellCheck={false} />
        </div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t('checkIn')}
        </Button>
      </form>
      {result ? <CheckInOutcomeCard result={result} timeZone={timeZone} locale={locale} /> : null}
      <FormError code={error} testId="scan-error" />
    </section>
  );
}
