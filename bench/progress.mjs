// A progress line on stderr: rewritten in place on a terminal, one line every `every` items otherwise.

/** Returns `tick(i, label)` for a section of `total` items, and `done()` to end the line. */
export function progress(section, total, every = 50) {
  const tty = process.stderr.isTTY;
  const start = performance.now();
  return {
    tick(i, label = '') {
      const n = i + 1;
      if (!tty && n % every !== 0 && n !== total) return;
      const secs = ((performance.now() - start) / 1000).toFixed(0);
      const line = `[${section}] ${n}/${total} ${secs}s ${label}`.slice(0, 110);
      process.stderr.write(tty ? `\r\x1b[K${line}` : `${line}\n`);
    },
    done() {
      if (tty) process.stderr.write('\n');
    },
  };
}
