import { render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { lazyComponent } from './lazy-component';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

class Boundary extends Component<{ children: ReactNode }, { error?: string }> {
  state: { error?: string } = {};
  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  render() {
    return this.state.error ? <p>Caught: {this.state.error}</p> : this.props.children;
  }
}

describe('lazyComponent', () => {
  it('shows the fallback until the code is in, then the component with its props', async () => {
    let resolve!: (m: { Greeting: typeof Greeting }) => void;
    const Lazy = lazyComponent(
      () => new Promise<{ Greeting: typeof Greeting }>((r) => (resolve = r)),
      (m) => m.Greeting,
    );
    render(<Lazy fallback={<p>Loading…</p>} name="Ada" />);
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    resolve({ Greeting });
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });

  it('once preloaded, renders the component in the first render: no fallback, no Suspense', async () => {
    const importer = vi.fn(async () => ({ Greeting }));
    const Lazy = lazyComponent(importer, (m) => m.Greeting);
    await Lazy.preload();
    render(<Lazy fallback={<p>Loading…</p>} name="Grace" />);
    expect(screen.getByText('Hello Grace')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('a failed load reaches the nearest error boundary', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const Lazy = lazyComponent(
      () => Promise.reject(new Error('offline')),
      (m: { Greeting: typeof Greeting }) => m.Greeting,
    );
    render(
      <Boundary>
        <Lazy fallback={<p>Loading…</p>} name="Linus" />
      </Boundary>,
    );
    expect(await screen.findByText('Caught: offline')).toBeInTheDocument();
    quiet.mockRestore();
  });
});
