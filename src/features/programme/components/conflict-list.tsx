import type { ReactNode } from 'react';
import type { Conflict } from '../conflicts';

/** Conflicts as sentences; `title(id)` names the other session, `t` is the programme.conflicts translator. */
export function ConflictItems({ conflicts, title, t, link }: { conflicts: Conflict[]; title: (id: string) => string; t: (key: string, values?: Record<string, string | number>) => string; link?: (id: string, text: string) => ReactNode }) {
  return (
    <ul className="list-disc space-y-1 pl-5">
      {conflicts.map((c, i) => {
        const self = c.sessionId ? title(c.sessionId) : '';
        const prefix = self ? (link ? <>{link(c.sessionId, self)} — </> : `${self} — `) : null;
        let text: string;
        switch (c.kind) {
          case 'ROOM_DOUBLE_BOOKED':
            text = t('ROOM_DOUBLE_BOOKED', { other: title(c.otherSessionId) });
            break;
          case 'SPEAKER_CLASH':
            text = t('SPEAKER_CLASH', { speaker: c.speaker, other: title(c.otherSessionId) });
            break;
          case 'OUTSIDE_EVENT_DATES':
            text = t('OUTSIDE_EVENT_DATES');
            break;
          case 'CAPACITY_ABOVE_ROOM':
            text = t('CAPACITY_ABOVE_ROOM', { capacity: c.capacity, room: c.roomCapacity });
            break;
          case 'DELEGATES_CLASH':
            text = t('DELEGATES_CLASH', { count: c.count });
            break;
        }
        return (
          <li key={`${c.kind}-${c.sessionId}-${'otherSessionId' in c ? c.otherSessionId : ''}-${i}`}>
            {prefix}
            {text}
          </li>
        );
      })}
    </ul>
  );
}
