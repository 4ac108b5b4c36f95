package org.wathiqa.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The printed lines and damage kind of a benchmark input, from {@code <stem>.json} or {@code <stem>.txt} beside it. */
public record Truth(List<String> lines, String kind) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public static Truth of(Path input) throws IOException {
    String name = input.getFileName().toString();
    String stem = name.substring(0, name.lastIndexOf('.'));
    Path json = input.resolveSibling(stem + ".json");
    if (Files.exists(json)) {
      JsonNode n = MAPPER.readTree(json.toFile());
      List<String> lines = new ArrayList<>();
      n.path("lines").forEach(l -> lines.add(l.asText()));
      String kind = n.has("fixtureKind") ? n.get("fixtureKind").asText() : n.path("degradation").asText(stem.contains("-") ? stem.substring(0, stem.lastIndexOf('-')) : "document");
      return new Truth(lines, kind);
    }
    Path txt = input.resolveSibling(stem + ".txt");
    if (Files.exists(txt)) {
      return new Truth(Files.readAllLines(txt, StandardCharsets.UTF_8), "scan");
    }
    return null;
  }
}
