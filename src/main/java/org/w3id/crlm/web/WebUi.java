package org.w3id.crlm.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.crlm.CrlmException;
import spark.Request;
import spark.Response;

/**
 * The web UI's files (web/ of the repository: one page, its script and style, no library from
 * the internet) under /ui/, and the example questions of queries/ as JSON for its question list.
 * The files are read once, at start.
 */
final class WebUi {
  static final String PATH = "/ui/";
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
      "png", "image/png", "svg", "image/svg+xml", "txt", "text/plain; charset=utf-8");

  private final Map<String, Served> files;
  private final String questions;

  /** A file as served: its bytes and an entity tag, so that a browser revalidating its copy gets a 304. */
  private record Served(byte[] body, String etag) {
    static Served of(byte[] body) {
      try {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(body);
        return new Served(body, "\"" + java.util.HexFormat.of().formatHex(digest, 0, 12) + "\"");
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  WebUi(Path home) {
    Path web = home.resolve("web");
    Map<String, Served> read = new java.util.HashMap<>();
    try (Stream<Path> all = Files.walk(web)) {
      for (Path file : all.filter(Files::isRegularFile).toList()) {
        read.put(web.relativize(file).toString().replace('\\', '/'), Served.of(Files.readAllBytes(file)));
      }
    } catch (IOException e) {
      throw new CrlmException("Cannot read the web UI in %s: %s. Run the server from the repository (its web/ directory)."
          .formatted(web, e.getMessage()));
    }
    if (!read.containsKey("index.html")) {
      throw new CrlmException("The web UI in %s has no index.html.".formatted(web));
    }
    this.files = Map.copyOf(read);
    this.questions = questions(home.resolve("queries"));
  }

  /** A file of web/, by its path under /ui/; only the files read at start are served, so no path leads outside. */
  Object file(Request request, Response response) {
    String name = request.pathInfo().substring(PATH.length());
    if (name.isEmpty()) {
      name = "index.html";
    }
    Served served = files.get(name);
    String extension = name.substring(name.lastIndexOf('.') + 1);
    if (served == null || !TYPES.containsKey(extension)) {
      throw new HttpError(404, "Not found: " + request.pathInfo() + ". The UI is at " + PATH + ".");
    }
    response.type(TYPES.get(extension));
    response.header("Cache-Control", "no-cache");
    response.header("ETag", served.etag());
    response.header("Vary", "Accept-Encoding");
    if (served.etag().equals(request.headers("If-None-Match"))) {
      response.status(304);
      return "";
    }
    String encodings = request.headers("Accept-Encoding");
    if (served.body().length > 1024 && encodings != null && encodings.contains("gzip")) {
      // Spark compresses the body when this header is set (YASGUI's script: 1 MB, 0.28 MB compressed).
      response.header("Content-Encoding", "gzip");
    } else {
      response.raw().setContentLength(served.body().length);
    }
    return served.body();
  }

  Object questions(Request request, Response response) {
    response.type("application/json; charset=utf-8");
    return questions;
  }

  /** Each question of queries/: its file name, its English question (the "# Question:" line) and its text. */
  private static String questions(Path dir) {
    JsonArray list = new JsonArray();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        String question = lines.stream().filter(l -> l.startsWith("# Question:")).findFirst()
            .map(l -> l.substring("# Question:".length()).strip()).orElse(file.getFileName().toString());
        JsonObject q = new JsonObject();
        q.put("name", file.getFileName().toString().replaceFirst("\\.rq$", ""));
        q.put("question", question);
        q.put("query", text);
        list.add(q);
      }
    } catch (IOException e) {
      // No questions directory (a server started outside the repository): the list is empty.
    }
    return JSON.toString(list);
  }
}
