import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Open sockets and pending timers of a server, so that closing it ends hanging and delayed
 * requests at once instead of leaving tests waiting.
 */
export class Connections {
  readonly #sockets = new Set<Socket>();
  readonly #timers = new Set<NodeJS.Timeout>();
  #closed = false;

  constructor(server: Server) {
    server.on('connection', (socket: Socket) => {
      if (this.#closed) {
        socket.destroy();
        return;
      }
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
    });
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Runs `fn` after `ms` unless the connections are closed first; returns a canceller. */
  later(ms: number, fn: () => void): () => void {
    if (this.#closed) return () => {};
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      fn();
    }, ms);
    this.#timers.add(timer);
    return () => {
      clearTimeout(timer);
      this.#timers.delete(timer);
    };
  }

  closeAll(): void {
    this.#closed = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    for (const socket of this.#sockets) socket.destroy();
    this.#sockets.clear();
  }
}
