package org.w3id.crlm.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.server.HttpChannel;
import org.w3id.crlm.Deadline;
import org.w3id.crlm.DeadlineExceededException;
import spark.Request;

/**
 * Reads a request body within its limits: the bytes are counted as they arrive and 413 comes as
 * soon as the limit is passed (a declared Content-Length over it is refused before anything is
 * read); a body that trickles in below {@value #MIN_DATA_RATE} bytes a second is cut (408, Jetty
 * measures the rate), and the reading stops at the request's deadline in any case (503). The
 * connection of a refused body is closed rather than read to its end.
 */
final class RequestBody {
  private static final int CHUNK = 1 << 16;
  /**
   * Bytes a second a body must arrive at, on average from its first byte, or its reading is cut
   * (408): a client trickling a body in would otherwise hold a request thread to the deadline.
   */
  static final long MIN_DATA_RATE = 1024;
  private static final Map<String, String> CLOSE = Map.of("Connection", "close");

  private RequestBody() {}

  static byte[] read(Request request, long maxBytes) {
    RequestContext context = RequestContext.of(request);
    Deadline deadline = context.deadline();
    long declared = request.raw().getContentLengthLong();
    if (declared > maxBytes) {
      throw tooLarge(declared + " bytes", maxBytes);
    }
    if (declared == 0) {
      // Nothing to read: Jetty's data-rate check could take a read of an empty body that a loaded
      // machine scheduled late for a body trickling in (408).
      return new byte[0];
    }
    HttpChannel channel = context.base().getHttpChannel();
    long idle = channel.getIdleTimeout();
    // A read that gets no byte at all waits no longer than the deadline.
    channel.setIdleTimeout(Math.max(1, Math.min(idle, deadline.remaining().toMillis() + 100)));
    // Jetty's own stream: the framework's wrapper would read the whole body into memory first.
    try (InputStream in = context.base().getInputStream()) {
      ByteArrayOutputStream body = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 0), CHUNK));
      byte[] buffer = new byte[CHUNK];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        if (body.size() + (long) n > maxBytes) {
          throw tooLarge("more than " + maxBytes + " bytes", maxBytes);
        }
        body.write(buffer, 0, n);
        if (deadline.passed()) {
          throw slow(deadline);
        }
      }
      return body.toByteArray();
    } catch (BadMessageException e) {
      if (e.getCode() == 408) {
        throw new HttpError(408, ("The request body arrives too slowly: under %d bytes a second, the least this server waits"
            + " for. Send it at once.").formatted(MIN_DATA_RATE), CLOSE);
      }
      throw new HttpError(e.getCode(), "The request body is malformed: %s. Send it again.".formatted(e.getReason()), CLOSE);
    } catch (IOException e) {
      if (deadline.passed()) {
        throw slow(deadline);
      }
      if (isTimeout(e)) {
        throw new HttpError(408, "The request body stopped arriving: no byte came for %d ms. Send it again, without pauses."
            .formatted(idle), CLOSE);
      }
      throw new HttpError(400, "The request body could not be read: it ended before its declared length or its chunked"
          + " encoding is broken. Send it again.", CLOSE);
    } finally {
      channel.setIdleTimeout(idle);
    }
  }

  /** {@code bytes} as UTF-8 text; {@code invalid} is the 400's message when they are not UTF-8. */
  static String utf8(byte[] bytes, String invalid) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new HttpError(400, invalid);
    }
  }

  private static HttpError tooLarge(String size, long maxBytes) {
    return new HttpError(413, "The request body is %s, over the limit of %d bytes for this route.".formatted(size, maxBytes), CLOSE);
  }

  private static RuntimeException slow(Deadline deadline) {
    return new DeadlineExceededException("reading the request body", deadline.limit());
  }

  private static boolean isTimeout(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TimeoutException) {
        return true;
      }
    }
    return false;
  }
}
