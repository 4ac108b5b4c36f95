package org.wathiqa.isolate;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.wathiqa.Wathiqa;
import org.wathiqa.ocr.NativeLibrarySource;
import org.wathiqa.ocr.PageSegmentation;
import org.wathiqa.read.ReaderOptions;

/**
 * The options of a {@link Wathiqa.Builder} as strings, as a worker receives them: keys are the
 * builder's option names ({@code threads}, {@code tessdata}, {@code pageTimeoutMillis},
 * {@code reader.maxPages}, ...). Not part of the API. Stateless and thread-safe.
 */
public final class WorkerSettings {
  private static final String READER = "reader.";

  private WorkerSettings() {}

  /** {@code options} as {@code reader.<component>} entries. */
  public static Map<String, String> reader(ReaderOptions options) {
    Map<String, String> out = new LinkedHashMap<>();
    for (RecordComponent c : ReaderOptions.class.getRecordComponents()) {
      out.put(READER + c.getName(), String.valueOf(read(c, options)));
    }
    return out;
  }

  /**
   * A builder configured by {@code settings}.
   *
   * @throws IllegalArgumentException naming a key whose value the builder refuses
   */
  public static Wathiqa.Builder toBuilder(Map<String, String> settings) {
    Wathiqa.Builder b = Wathiqa.builder();
    for (Map.Entry<String, String> e : settings.entrySet()) {
      if (!e.getKey().startsWith(READER)) {
        apply(b, e.getKey(), e.getValue());
      }
    }
    return b.reader(readerOptions(settings));
  }

  private static void apply(Wathiqa.Builder b, String key, String value) {
    switch (key) {
      case "threads" -> b.threads(Integer.parseInt(value));
      case "tessdata" -> b.tessdata(Path.of(value));
      case "language" -> b.language(value);
      case "nativeLibrary" -> b.nativeLibrary(NativeLibrarySource.valueOf(value));
      case "deskew" -> b.deskew(Boolean.parseBoolean(value));
      case "rescale" -> b.rescale(Boolean.parseBoolean(value));
      case "separateInk" -> b.separateInk(Boolean.parseBoolean(value));
      case "orientation" -> b.orientation(Boolean.parseBoolean(value));
      case "rereadDigits" -> b.rereadDigits(Boolean.parseBoolean(value));
      case "readBlocks" -> b.readBlocks(Boolean.parseBoolean(value));
      case "contrast" -> b.contrast(Boolean.parseBoolean(value));
      case "signatures" -> b.signatures(Boolean.parseBoolean(value));
      case "stamps" -> b.stamps(Boolean.parseBoolean(value));
      case "stampOutlines" -> b.stampOutlines(Boolean.parseBoolean(value));
      case "pageTimeoutMillis" -> b.pageTimeout(Duration.ofMillis(Long.parseLong(value)));
      case "documentTimeoutMillis" -> b.documentTimeout(Duration.ofMillis(Long.parseLong(value)));
      case "pageSegmentation" -> b.pageSegmentation(PageSegmentation.valueOf(value));
      case "zone" -> b.clock(Clock.system(ZoneId.of(value)));
      default -> throw new IllegalArgumentException("unknown worker setting '" + key + "'");
    }
  }

  private static ReaderOptions readerOptions(Map<String, String> settings) {
    RecordComponent[] components = ReaderOptions.class.getRecordComponents();
    Object[] values = new Object[components.length];
    ReaderOptions defaults = ReaderOptions.defaults();
    for (int i = 0; i < components.length; i++) {
      String value = settings.get(READER + components[i].getName());
      values[i] = value == null ? read(components[i], defaults) : parse(components[i].getType(), value);
    }
    try {
      Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      Constructor<ReaderOptions> canonical = ReaderOptions.class.getConstructor(types);
      return canonical.newInstance(values);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException("reader options refused: " + e.getCause().getMessage(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build reader options", e);
    }
  }

  private static Object read(RecordComponent c, ReaderOptions from) {
    try {
      return c.getAccessor().invoke(from);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read reader option " + c.getName(), e);
    }
  }

  private static Object parse(Class<?> type, String value) {
    if (type == int.class) {
      return Integer.parseInt(value);
    }
    if (type == long.class) {
      return Long.parseLong(value);
    }
    if (type == boolean.class) {
      return Boolean.parseBoolean(value);
    }
    if (type == double.class) {
      return Double.parseDouble(value);
    }
    if (type == Duration.class) {
      return Duration.parse(value);
    }
    if (type.isEnum()) {
      return enumValue(type, value);
    }
    throw new IllegalStateException("reader option of type " + type + " cannot be sent to a worker");
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumValue(Class<?> type, String value) {
    return Enum.valueOf((Class) type, value);
  }
}
