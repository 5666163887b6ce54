/**
 * Preloaded (`node -r`) into every service the launcher starts, over an IPC channel: if the launcher dies without
 * stopping it (SIGKILL, a crash), the channel closes and the service stops itself the normal way (SIGTERM) instead
 * of living on as an orphan holding its port.
 */
if (process.send) {
  process.channel?.unref();
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
