package org.wathiqa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoxTest {
  private static final Box STAMP = new Box(100, 100, 200, 100);

  @Test
  void mostlyWithin_comparesTheShareOfTheBoxInsideTheOther() {
    Box line = new Box(80, 120, 100, 20); // 80 of its 100 columns inside
    assertTrue(line.mostlyWithin(STAMP, 0.8));
    assertFalse(line.mostlyWithin(STAMP, 0.81));
    assertTrue(new Box(150, 150, 10, 10).mostlyWithin(STAMP, 1.0));
    assertFalse(new Box(0, 0, 50, 50).mostlyWithin(STAMP, 0.01));
  }

  @Test
  void intersectionArea_andIou() {
    Box half = new Box(200, 100, 200, 100);
    assertEquals(100 * 100, STAMP.intersectionArea(half));
    assertEquals(10000.0 / 30000, STAMP.iou(half), 1e-12);
  }
}
