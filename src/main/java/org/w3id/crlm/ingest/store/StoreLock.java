package org.w3id.crlm.ingest.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.w3id.crlm.CrlmException;

/**
 * Which processes use an annotation store, through a lock file in it: every process that writes
 * holds a shared lock from its first write until it exits, and the start-up sweep of leftovers
 * runs only with the store to itself (an exclusive lock), so it never takes a file another
 * process is still writing for a leftover. File locks belong to the whole JVM, so this class
 * keeps one per store directory.
 */
final class StoreLock {
  private static final String FILE = ".lock";
  private static final Map<Path, Held> HELD = new HashMap<>();

  private record Held(FileChannel channel, FileLock lock) {}

  private StoreLock() {}

  /** Marks this process as a writer of the store until it exits. */
  static synchronized void share(Path directory) {
    if (HELD.containsKey(directory)) {
      return;
    }
    HELD.put(directory, lock(directory, true, true));
  }

  /**
   * Runs {@code task} if no other process uses the store, and returns whether it ran. This
   * process's own shared lock, if any, is given up meanwhile and taken again after.
   */
  static synchronized boolean exclusively(Path directory, Runnable task) {
    boolean shared = release(directory);
    try {
      Held exclusive = lock(directory, false, false);
      if (exclusive == null) {
        return false;
      }
      try {
        task.run();
        return true;
      } finally {
        close(exclusive);
      }
    } finally {
      if (shared) {
        HELD.put(directory, lock(directory, true, true));
      }
    }
  }

  private static boolean release(Path directory) {
    Held held = HELD.remove(directory);
    if (held != null) {
      close(held);
    }
    return held != null;
  }

  private static Held lock(Path directory, boolean shared, boolean wait) {
    FileChannel channel = null;
    try {
      Files.createDirectories(directory);
      channel = FileChannel.open(directory.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.READ);
      FileLock lock = wait ? channel.lock(0, Long.MAX_VALUE, shared) : channel.tryLock(0, Long.MAX_VALUE, shared);
      if (lock == null) {
        channel.close();
        return null;
      }
      return new Held(channel, lock);
    } catch (IOException e) {
      if (channel != null) {
        try {
          channel.close();
        } catch (IOException ignored) {
          // Closing is all that was left to do.
        }
      }
      throw new CrlmException("Cannot lock the annotation store %s: %s. Check that it is writable.".formatted(directory, e.getMessage()));
    }
  }

  private static void close(Held held) {
    try {
      held.lock().release();
      held.channel().close();
    } catch (IOException e) {
      // The lock goes with the channel, or with the process at the latest.
    }
  }
}
