// Time left until a group's deadline, ticking each second: "2 h 05 min 09 s left", or "Deadline
// passed" once it has (the group then settles within a minute on the server).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function remaining(deadline: string, now: number): { h: number; m: string; s: string } | null {
  const ms = Date.parse(deadline) - now;
  if (ms <= 0) return null;
  const total = Math.floor(ms / 1000);
  return { h: Math.floor(total / 3600), m: String(Math.floor((total % 3600) / 60)).padStart(2, '0'), s: String(total % 60).padStart(2, '0') };
}

export function Countdown({ deadline }: { deadline: string }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const left = remaining(deadline, now);
  return (
    <p className="countdown" data-testid="group-countdown" aria-live="off">
      {left ? t('groupBuy.timeLeft', left) : t('groupBuy.deadlinePassed')}
    </p>
  );
}
