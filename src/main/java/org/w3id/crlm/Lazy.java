package org.w3id.crlm;

import java.util.function.Supplier;

/** A value made once, on first use, by whichever thread asks first; the others wait for it. */
public final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> maker;
  private volatile T value;

  private Lazy(Supplier<T> maker) {
    this.maker = maker;
  }

  public static <T> Supplier<T> of(Supplier<T> maker) {
    return maker instanceof Lazy<T> ? maker : new Lazy<>(maker);
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = maker.get();
          value = v;
        }
      }
    }
    return v;
  }
}
