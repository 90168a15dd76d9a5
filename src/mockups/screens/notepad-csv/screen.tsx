/**
 * Windows NT 4 Notepad with the user list (.csv) file the first step of a
 * two-step migration writes: a header line with the columns KB Q150438
 * lists, then one line per MS Mail user (our sample rows). The line of the
 * user the step works on carries the targets for its Mode and Common-Name
 * fields, so KB Q186742's edits can be shown and practised.
 */
import { Fragment, type ReactNode } from 'react';

import { cn } from '@/lib/cn';

import { SAMPLE } from '../../sample';
import { Menu, MenuBar, MenuBarItem, MenuItem, MenuSeparator } from '../../win/menu-bar';
import { type ControlProps, useControl } from '../../win/mockup-context';
import { MockupScreen } from '../../win/mockup-screen';
import { Window, WindowBody, WindowTitleBar } from '../../win/window';
import type { ScreenProps } from '../screen-props';
import type { spec } from './spec';
import { NOTEPAD_CSV_LABELS as L } from './labels';
import { NOTEPAD_CSV_SAMPLE } from './sample';

/**
 * One field of a line: plain text, or a control a step can point at (drawn selected like selected text). In an
 * operable screen it is a button (clicking it is the action), and a selected one says so in its name.
 */
function Field({ children, selected = false, ...control }: ControlProps & { children: ReactNode; selected?: boolean }) {
  const c = useControl(control);
  if (control.targetId === undefined && !selected) return <>{children}</>;
  return (
    <span
      {...c.attrs}
      {...c.widgetProps}
      {...(c.activate ? { role: 'button' } : {})}
      data-slot="win-text-field"
      data-selected={selected ? '' : undefined}
      className={cn('inline-block', selected && 'bg-win-select text-win-select-text')}
    >
      {children}
      {selected && c.activate && <span className="sr-only"> (selected)</span>}
    </span>
  );
}

/**
 * A field that is empty in the file: drawn as the two commas around it, so
 * a step can point at the place (",,") where its value used to be.
 */
type Empty = { readonly empty: ReactNode };

/** A line of the file: its fields joined by commas, each comma a place where the line may wrap. */
function Line({ fields }: { fields: readonly (ReactNode | Empty)[] }) {
  const isEmpty = (f: ReactNode | Empty | undefined): f is Empty => typeof f === 'object' && f !== null && 'empty' in f;
  return (
    <div data-slot="win-text-line">
      {fields.map((f, i) => (
        <Fragment key={i}>
          {isEmpty(f) ? (
            f.empty
          ) : (
            <>
              {i > 0 && !isEmpty(fields[i - 1]) && (
                <>
                  ,<wbr />
                </>
              )}
              {f}
            </>
          )}
        </Fragment>
      ))}
    </div>
  );
}

export function NotepadCsvScreen({
  fileName = NOTEPAD_CSV_SAMPLE.fileName,
  user,
  mode = 'create',
  commonName,
  selection,
  menu,
  target,
  interactive,
  onAction,
}: ScreenProps<typeof spec>) {
  const columns = L.columns.map((name) =>
    name === 'Mode' ? (
      <Field key={name} targetId="mode-column">
        {name}
      </Field>
    ) : (
      name
    ),
  );

  const rows = SAMPLE.msMailUsers.map((u) => {
    const focus = u.mailbox === user;
    const address = L.migrateAddress(NOTEPAD_CSV_SAMPLE.network, NOTEPAD_CSV_SAMPLE.postoffice, u.mailbox);
    const blank = focus && mode === 'blank';
    const commonNameValue = focus ? (commonName ?? u.mailbox) : u.mailbox;
    return {
      key: u.mailbox,
      fields: [
        u.mailbox,
        u.name,
        L.values.migrateUser,
        L.values.objClass,
        focus ? (
          blank ? (
            // The commas before and after the emptied field, side by side.
            {
              empty: (
                <Field key="mode" targetId="mode-value" selected={selection === 'mode'}>
                  ,,
                </Field>
              ),
            }
          ) : (
            <Field key="mode" targetId="mode-value" selected={selection === 'mode'}>
              {L.values.mode}
            </Field>
          )
        ) : (
          L.values.mode
        ),
        focus ? (
          <Field key="cn" targetId="common-name-value" selected={selection === 'common-name'}>
            {commonNameValue}
          </Field>
        ) : (
          commonNameValue
        ),
        u.name,
        '',
        '',
        L.values.homeServer,
        '',
        '',
        address,
      ],
    };
  });

  return (
    <MockupScreen screen="notepad-csv" target={target} interactive={interactive} onAction={onAction}>
      <Window className="w-[600px]">
        <WindowTitleBar title={L.title(fileName)} />
        <MenuBar>
          <MenuBarItem label={L.menus.file} open={menu === 'file'} targetId="file-menu">
            <Menu label={L.menus.file}>
              <MenuItem label={L.fileMenu.new} />
              <MenuItem label={L.fileMenu.open} />
              <MenuItem label={L.fileMenu.save} targetId="save-command" active={target === 'save-command'} />
              <MenuItem label={L.fileMenu.saveAs} />
              <MenuSeparator />
              <MenuItem label={L.fileMenu.pageSetup} />
              <MenuItem label={L.fileMenu.print} />
              <MenuSeparator />
              <MenuItem label={L.fileMenu.exit} />
            </Menu>
          </MenuBarItem>
          <MenuBarItem label={L.menus.edit} open={menu === 'edit'} targetId="edit-menu">
            <Menu label={L.menus.edit}>
              <MenuItem label={L.editMenu.undo} shortcut={L.editMenu.undoShortcut} />
              <MenuSeparator />
              <MenuItem label={L.editMenu.cut} shortcut={L.editMenu.cutShortcut} />
              <MenuItem label={L.editMenu.copy} shortcut={L.editMenu.copyShortcut} />
              <MenuItem label={L.editMenu.paste} shortcut={L.editMenu.pasteShortcut} />
              <MenuItem
                label={L.editMenu.delete}
                shortcut={L.editMenu.deleteShortcut}
                targetId="delete-command"
                active={target === 'delete-command'}
              />
              <MenuSeparator />
              <MenuItem label={L.editMenu.selectAll} />
              <MenuItem label={L.editMenu.timeDate} shortcut={L.editMenu.timeDateShortcut} />
            </Menu>
          </MenuBarItem>
          <MenuBarItem label={L.menus.search} />
          <MenuBarItem label={L.menus.help} />
        </MenuBar>
        <WindowBody className="flex">
          <div
            role="textbox"
            aria-multiline="true"
            aria-readonly="true"
            aria-label={L.text}
            data-slot="win-text-area"
            className="h-[240px] min-w-0 flex-1 overflow-hidden bg-win-window px-[4px] py-[3px] font-mono text-[12px] leading-[16px] whitespace-pre-wrap [overflow-wrap:anywhere] bevel-field"
          >
            <Line fields={columns} />
            {rows.map((r) => (
              <Line key={r.key} fields={r.fields} />
            ))}
          </div>
        </WindowBody>
      </Window>
    </MockupScreen>
  );
}

/** The screen, under the name the registry loads every screen by. */
export { NotepadCsvScreen as Screen };
