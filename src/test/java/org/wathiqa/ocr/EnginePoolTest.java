package org.wathiqa.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EnginePoolTest {

  static final class FakeEngine implements OcrEngine {
    int closed;

    @Override
    public List<OcrLine> recognize(BufferedImage page, int dpi) {
      return List.of();
    }

    @Override
    public void close() {
      closed++;
    }
  }

  @Test
  void borrow_afterRelease_reusesTheSameEngine() throws Exception {
    AtomicInteger created = new AtomicInteger();
    try (EnginePool pool = new EnginePool(() -> {
      created.incrementAndGet();
      return new FakeEngine();
    }, 2)) {
      OcrEngine first = pool.borrow();
      pool.release(first);
      assertSame(first, pool.borrow());
      assertEquals(1, created.get());
    }
  }

  @Test
  void borrow_neverCreatesMoreEnginesThanTheSize() throws Exception {
    List<FakeEngine> made = new ArrayList<>();
    EnginePool pool = new EnginePool(() -> {
      FakeEngine e = new FakeEngine();
      made.add(e);
      return e;
    }, 2);
    OcrEngine a = pool.borrow();
    OcrEngine b = pool.borrow();
    Thread t = new Thread(() -> {
      try {
        pool.release(a);
      } catch (RuntimeException ignored) {
        // the assertion below fails instead
      }
    });
    t.start();
    OcrEngine c = pool.borrow();
    t.join();
    assertSame(a, c);
    assertEquals(2, made.size());
    pool.release(b);
    pool.release(c);
    pool.close();
    pool.close();
    assertTrue(made.stream().allMatch(e -> e.closed == 1), "every engine closed exactly once");
  }

  @Test
  void discard_closesTheEngineAndMakesRoomForANewOne() throws Exception {
    List<FakeEngine> made = new ArrayList<>();
    try (EnginePool pool = new EnginePool(() -> {
      FakeEngine e = new FakeEngine();
      made.add(e);
      return e;
    }, 1)) {
      OcrEngine a = pool.borrow();
      pool.discard(a);
      OcrEngine b = pool.borrow();
      assertEquals(1, made.get(0).closed);
      assertEquals(2, made.size());
      pool.release(b);
    }
  }

  @Test
  void new_sizeBelowOne_isRefusedWithTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new EnginePool(FakeEngine::new, 0));
    assertTrue(e.getMessage().contains("got 0"));
  }
}
