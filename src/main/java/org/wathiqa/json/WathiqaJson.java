package org.wathiqa.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wathiqa.Box;
import org.wathiqa.DocumentResult;
import org.wathiqa.ErrorCode;
import org.wathiqa.ExtractionError;
import org.wathiqa.Field;
import org.wathiqa.Fields;
import org.wathiqa.Line;
import org.wathiqa.PageResult;
import org.wathiqa.Preparation;
import org.wathiqa.Signature;
import org.wathiqa.Stamp;
import org.wathiqa.Status;
import org.wathiqa.TextSource;

/**
 * Writes and reads {@link DocumentResult}s as {@code wathiqa/1} JSON (UTF-8, keys in a fixed order,
 * absent fields left out). Stateless and thread-safe.
 */
public final class WathiqaJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** The tree reader, made on first read only: writing needs none, and a worker JVM starts sooner without it. */
  private static final class Mapper {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private WathiqaJson() {}

  /** {@code result} as pretty-printed JSON text ending in a newline. */
  public static String write(DocumentResult result) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(result, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Writes {@code result} to {@code out} as UTF-8 JSON; {@code out} is flushed, not closed. */
  public static void write(DocumentResult result, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"));
      g.setPrettyPrinter(printer);
      new Writer(g).document(result);
      g.writeRaw('\n');
    }
  }

  /** Parses a {@code wathiqa/1} document. */
  public static DocumentResult read(InputStream in) throws IOException {
    return Reader.document(Mapper.MAPPER.readTree(in));
  }

  /** Parses a {@code wathiqa/1} document. */
  public static DocumentResult read(String json) throws IOException {
    return Reader.document(Mapper.MAPPER.readTree(json));
  }

  private record Writer(JsonGenerator g) {
    void document(DocumentResult r) throws IOException {
      g.writeStartObject();
      g.writeStringField("schema", r.schema());
      g.writeStringField("source", r.source());
      g.writeStringField("status", r.status().id());
      g.writeFieldName("error");
      error(r.error());
      g.writeArrayFieldStart("pages");
      for (PageResult page : r.pages()) {
        page(page);
      }
      g.writeEndArray();
      fields(r.fields());
      g.writeArrayFieldStart("warnings");
      for (String w : r.warnings()) {
        g.writeString(w);
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    void error(ExtractionError e) throws IOException {
      if (e == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      g.writeStringField("code", e.code().id());
      g.writeStringField("message", e.message());
      g.writeEndObject();
    }

    void page(PageResult p) throws IOException {
      g.writeStartObject();
      g.writeNumberField("index", p.index());
      g.writeNumberField("width", p.width());
      g.writeNumberField("height", p.height());
      g.writeNumberField("dpi", p.dpi());
      g.writeNumberField("skewDegrees", p.skewDegrees());
      g.writeStringField("textSource", p.textSource().id());
      g.writeStringField("text", p.text());
      g.writeNumberField("meanConfidence", p.meanConfidence());
      g.writeArrayFieldStart("lines");
      for (Line line : p.lines()) {
        g.writeStartObject();
        g.writeStringField("text", line.text());
        g.writeNumberField("confidence", round(line.confidence()));
        box(line.box());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("stamps");
      for (Stamp stamp : p.stamps()) {
        stamp(stamp);
      }
      g.writeEndArray();
      if (!p.signatures().isEmpty()) {
        g.writeArrayFieldStart("signatures");
        for (Signature signature : p.signatures()) {
          g.writeStartObject();
          box(signature.box());
          g.writeNumberField("confidence", round(signature.confidence()));
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (p.preparation() != Preparation.NONE) {
        preparation(p.preparation());
      }
      g.writeEndObject();
    }

    void preparation(Preparation p) throws IOException {
      g.writeObjectFieldStart("preparation");
      g.writeArrayFieldStart("steps");
      for (Preparation.Step step : p.steps()) {
        g.writeString(step.id());
      }
      g.writeEndArray();
      g.writeNumberField("inkFraction", p.inkFraction());
      g.writeNumberField("scale", p.scale());
      g.writeStringField("segmentation", p.segmentation());
      g.writeNumberField("rotation", p.rotation());
      g.writeEndObject();
    }

    void stamp(Stamp s) throws IOException {
      g.writeStartObject();
      g.writeStringField("shape", s.shape());
      optional("color", s.color());
      g.writeStringField("text", s.text());
      optional("ringText", s.ringText());
      optional("centerText", s.centerText());
      g.writeNumberField("confidence", round(s.confidence()));
      box(s.box());
      if (!s.fields().isEmpty()) {
        g.writeObjectFieldStart("fields");
        for (Map.Entry<String, Field> f : s.fields().entrySet()) {
          field(f.getKey(), f.getValue());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }

    void fields(Fields f) throws IOException {
      g.writeObjectFieldStart("fields");
      field("issuingAuthority", f.issuingAuthority());
      field("referenceNumber", f.referenceNumber());
      field("documentDate", f.documentDate());
      g.writeArrayFieldStart("dates");
      for (Field d : f.dates()) {
        fieldBody(d);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("names");
      for (Field n : f.names()) {
        fieldBody(n);
      }
      g.writeEndArray();
      field("signatory", f.signatory());
      field("subject", f.subject());
      g.writeEndObject();
    }

    void field(String name, Field f) throws IOException {
      if (f != null) {
        g.writeFieldName(name);
        fieldBody(f);
      }
    }

    void fieldBody(Field f) throws IOException {
      g.writeStartObject();
      g.writeStringField("value", f.value());
      optional("raw", f.raw());
      if (f.hierarchy() != null) {
        g.writeArrayFieldStart("hierarchy");
        for (String level : f.hierarchy()) {
          g.writeString(level);
        }
        g.writeEndArray();
      }
      optional("calendar", f.calendar());
      optional("hijri", f.hijri());
      optional("role", f.role());
      optional("title", f.title());
      optional("rank", f.rank());
      g.writeNumberField("confidence", round(f.confidence()));
      if (f.page() >= 0) {
        g.writeNumberField("page", f.page());
      }
      if (f.box() != null) {
        box(f.box());
      }
      g.writeEndObject();
    }

    void box(Box b) throws IOException {
      g.writeObjectFieldStart("box");
      g.writeNumberField("x", b.x());
      g.writeNumberField("y", b.y());
      g.writeNumberField("w", b.w());
      g.writeNumberField("h", b.h());
      g.writeEndObject();
    }

    void optional(String name, String value) throws IOException {
      if (value != null) {
        g.writeStringField(name, value);
      }
    }

    static double round(double v) {
      return Math.round(v * 1000) / 1000.0;
    }
  }

  private static final class Reader {
    static DocumentResult document(JsonNode n) throws IOException {
      String schema = n.path("schema").asText();
      if (!DocumentResult.SCHEMA.equals(schema)) {
        throw new IOException("not a " + DocumentResult.SCHEMA + " document: schema is '" + schema + "'");
      }
      List<PageResult> pages = new ArrayList<>();
      for (JsonNode p : n.path("pages")) {
        pages.add(page(p));
      }
      JsonNode e = n.path("error");
      ExtractionError error = e.isObject()
          ? new ExtractionError(ErrorCode.ofId(e.path("code").asText()), e.path("message").asText()) : null;
      return new DocumentResult(n.path("source").asText(), Status.ofId(n.path("status").asText()), error,
          pages, fields(n.path("fields")), warnings(n.path("warnings")));
    }

    static List<String> warnings(JsonNode w) {
      List<String> out = new ArrayList<>();
      w.forEach(x -> out.add(x.asText()));
      return out;
    }

    static PageResult page(JsonNode p) {
      List<Line> lines = new ArrayList<>();
      for (JsonNode l : p.path("lines")) {
        lines.add(new Line(l.path("text").asText(), l.path("confidence").asDouble(), box(l.path("box"))));
      }
      List<Stamp> stamps = new ArrayList<>();
      for (JsonNode s : p.path("stamps")) {
        Map<String, Field> fields = new LinkedHashMap<>();
        s.path("fields").fields().forEachRemaining(f -> fields.put(f.getKey(), field(f.getValue())));
        stamps.add(new Stamp(s.path("shape").asText(), text(s, "color"), s.path("text").asText(),
            text(s, "ringText"), text(s, "centerText"), s.path("confidence").asDouble(), box(s.path("box")),
            fields));
      }
      return new PageResult(p.path("index").asInt(), p.path("width").asInt(), p.path("height").asInt(),
          p.path("dpi").asInt(), p.path("skewDegrees").asDouble(), TextSource.ofId(p.path("textSource").asText()),
          p.path("text").asText(), p.path("meanConfidence").asDouble(), lines, stamps,
          preparation(p.path("preparation")), signatures(p.path("signatures")));
    }

    static List<Signature> signatures(JsonNode array) {
      List<Signature> out = new ArrayList<>();
      for (JsonNode s : array) {
        out.add(new Signature(box(s.path("box")), s.path("confidence").asDouble()));
      }
      return out;
    }

    static Preparation preparation(JsonNode p) {
      if (!p.isObject()) {
        return Preparation.NONE;
      }
      List<Preparation.Step> steps = new ArrayList<>();
      p.path("steps").forEach(s -> steps.add(Preparation.Step.ofId(s.asText())));
      return new Preparation(steps, p.path("inkFraction").asDouble(), p.path("scale").asDouble(1),
          p.path("segmentation").asText(), p.path("rotation").asInt());
    }

    static Fields fields(JsonNode f) {
      List<Field> dates = new ArrayList<>();
      f.path("dates").forEach(d -> dates.add(field(d)));
      List<Field> names = new ArrayList<>();
      f.path("names").forEach(d -> names.add(field(d)));
      return new Fields(field(f.get("issuingAuthority")), field(f.get("referenceNumber")),
          field(f.get("documentDate")), dates, names, field(f.get("signatory")), field(f.get("subject")));
    }

    static Field field(JsonNode n) {
      if (n == null || !n.isObject()) {
        return null;
      }
      List<String> hierarchy = null;
      if (n.has("hierarchy")) {
        hierarchy = new ArrayList<>();
        for (JsonNode level : n.get("hierarchy")) {
          hierarchy.add(level.asText());
        }
      }
      return new Field(n.path("value").asText(), text(n, "raw"), n.path("confidence").asDouble(),
          n.path("page").asInt(-1), n.has("box") ? box(n.get("box")) : null, hierarchy,
          text(n, "calendar"), text(n, "hijri"), text(n, "role"), text(n, "title"), text(n, "rank"));
    }

    static Box box(JsonNode b) {
      return new Box(b.path("x").asInt(), b.path("y").asInt(), b.path("w").asInt(), b.path("h").asInt());
    }

    static String text(JsonNode n, String key) {
      JsonNode v = n.get(key);
      return v == null || v.isNull() ? null : v.asText();
    }
  }
}
