/**
 * Screen 5: Windows NT 4 Event Viewer. `view: 'log'` shows the Application
 * log with the entries of a failed migration run: the error the state names
 * (`event`, as its article prints it), logged `count` times (once per failed
 * account), then the Migration Wizard's summary event 10068; `view: 'detail'`
 * shows that error's Event Detail. The screen knows no article's event: the
 * content gives it.
 */
import { type ReactNode, useId } from 'react';

import { SAMPLE } from '../../sample';
import { EVENT_VIEWER_LABELS as L } from './labels';
import { EditBox } from '../../win/edit-box';
import { ListView, ListViewRow } from '../../win/list-view';
import { MenuBar, MenuBarItem } from '../../win/menu-bar';
import { type ControlProps, useControl } from '../../win/mockup-context';
import { MockupScreen } from '../../win/mockup-screen';
import { PushButton } from '../../win/push-button';
import { RadioButton } from '../../win/radio-button';
import { Window, WindowBody, WindowTitleBar } from '../../win/window';
import type { ScreenProps } from '../screen-props';
import type { spec } from './spec';

type LoggedEvent = ScreenProps<typeof spec>['event'];

type LogRow = {
  key: string;
  type: 'error' | 'information';
  time: string;
  event: LoggedEvent | typeof L.event10068;
};

/** When each error was logged (the first at SAMPLE.eventTime), and when the summary ended a run of that many. */
const ERROR_TIMES = [SAMPLE.eventTime, '2:31:52 PM', '2:32:40 PM', '2:33:02 PM'] as const;
const SUMMARY_TIMES = ['2:31:40 PM', '2:32:20 PM', '2:33:15 PM', '2:33:41 PM'] as const;

/** The run's entries, newest first: the summary, then the errors (the selected one, logged first, at the bottom). */
function logRows(event: LoggedEvent, count: number): LogRow[] {
  const n = Math.min(Math.max(1, count), ERROR_TIMES.length);
  const errors = ERROR_TIMES.slice(0, n).map((time, i) => ({
    key: i === 0 ? 'first' : `error-${i}`,
    type: 'error' as const,
    time,
    event,
  }));
  return [
    { key: 'summary', type: 'information', time: SUMMARY_TIMES[n - 1]!, event: L.event10068 },
    ...errors.reverse(),
  ];
}
const SELECTED_ROW = 'first';

function TypeCell({ type }: { type: LogRow['type'] }) {
  return <>{L.types[type]}</>;
}

function LogView({ rows }: { rows: readonly LogRow[] }) {
  return (
    <Window className="h-[300px] w-[600px]">
      <WindowTitleBar title={L.title(SAMPLE.server)} icon="event-viewer" />
      <MenuBar>
        <MenuBarItem label={L.menus.log} />
        <MenuBarItem label={L.menus.view} />
        <MenuBarItem label={L.menus.options} />
        <MenuBarItem label={L.menus.help} />
      </MenuBar>
      <WindowBody className="flex pt-[2px]">
        <ListView
          label={L.title(SAMPLE.server)}
          className="min-w-0 flex-1"
          columns={[
            { key: 'date', label: L.columns.date, className: 'w-[92px]' },
            { key: 'time', label: L.columns.time, className: 'w-[80px]' },
            { key: 'source', label: L.columns.source, className: 'w-[104px]' },
            { key: 'category', label: L.columns.category, className: 'w-[66px]' },
            { key: 'event', label: L.columns.event, className: 'w-[50px]' },
            { key: 'user', label: L.columns.user, className: 'w-[50px]' },
            { key: 'computer', label: L.columns.computer },
          ]}
        >
          {rows.map((r) => (
            <ListViewRow
              key={r.key}
              fullRow
              selected={r.key === SELECTED_ROW}
              targetId={r.key === SELECTED_ROW ? 'event-row' : undefined}
              icon={r.type}
              cells={[
                <>
                  <span className="sr-only">
                    <TypeCell type={r.type} />{' '}
                  </span>
                  {SAMPLE.eventDate}
                </>,
                r.time,
                r.event.source,
                r.event.category,
                r.event.id,
                L.noUser,
                SAMPLE.server,
              ]}
            />
          ))}
        </ListView>
      </WindowBody>
    </Window>
  );
}

function DetailField({ label, children, ...control }: ControlProps & { label: string; children: ReactNode }) {
  const c = useControl(control);
  return (
    <div {...c.attrs} className="flex gap-[6px]">
      <dt className="w-[62px] shrink-0">{label}</dt>
      <dd className="m-0 min-w-0 truncate">{children}</dd>
    </div>
  );
}

function DetailView({ e }: { e: LoggedEvent }) {
  const id = useId();
  return (
    <Window className="w-[440px]">
      <WindowTitleBar title={L.detail.title} controls="close" />
      <WindowBody className="flex flex-col gap-[6px] p-[10px]">
        <dl className="m-0 grid grid-cols-2 gap-x-[12px] gap-y-[3px]">
          <DetailField label={L.detail.date}>{SAMPLE.eventDate}</DetailField>
          <DetailField label={L.detail.eventId} targetId="event-id">
            {e.id}
          </DetailField>
          <DetailField label={L.detail.time}>{SAMPLE.eventTime}</DetailField>
          <DetailField label={L.detail.source} targetId="source">
            {e.source}
          </DetailField>
          <DetailField label={L.detail.user}>{L.noUser}</DetailField>
          <DetailField label={L.detail.type} targetId="type">
            {e.type}
          </DetailField>
          <DetailField label={L.detail.computer}>{SAMPLE.server}</DetailField>
          <DetailField label={L.detail.category}>{e.category}</DetailField>
        </dl>
        <label htmlFor={`${id}-description`} className="mt-[4px]">
          {L.detail.description}
        </label>
        <EditBox id={`${id}-description`} multiline value={e.description} targetId="description" className="h-[90px]" />
        <div className="mt-[4px] flex items-center gap-[12px]">
          <span>{L.detail.data}</span>
          <RadioButton name={`${id}-data`} label={L.detail.bytes} checked />
          <RadioButton name={`${id}-data`} label={L.detail.words} />
        </div>
        <EditBox multiline label={L.detail.data} className="h-[60px]" />
        <div className="mt-[4px] flex justify-end gap-[6px]">
          <PushButton variant="default" targetId="close-button">
            {L.detail.close}
          </PushButton>
          <PushButton>{L.detail.previous}</PushButton>
          <PushButton>{L.detail.next}</PushButton>
          <PushButton>{L.detail.help}</PushButton>
        </div>
      </WindowBody>
    </Window>
  );
}

export function EventViewerScreen({
  view = 'log',
  event,
  count = 1,
  target,
  interactive,
  onAction,
}: ScreenProps<typeof spec>) {
  return (
    <MockupScreen screen="event-viewer" target={target} interactive={interactive} onAction={onAction}>
      {view === 'detail' ? <DetailView e={event} /> : <LogView rows={logRows(event, count)} />}
    </MockupScreen>
  );
}

/** The screen, under the name the registry loads every screen by. */
export { EventViewerScreen as Screen };
