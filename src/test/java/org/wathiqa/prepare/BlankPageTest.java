package org.wathiqa.prepare;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

class BlankPageTest {
  @BeforeAll
  static void load() throws Exception {
    OpenCv.load();
  }

  /** Grey paper with {@code specks} dark pixels strewn on it one by one. */
  private static Mat paperWithSpecks(int width, int height, int specks) {
    Mat page = new Mat(height, width, CvType.CV_8UC1, new Scalar(235));
    Random random = new Random(11);
    for (int i = 0; i < specks; i++) {
      page.put(random.nextInt(height), random.nextInt(width), new byte[] {(byte) 20});
    }
    return page;
  }

  @Test
  void clearlyInked_pageOfLines_isTrueAndAgreesWithTheFullCheck() {
    Mat letter = Mats.grey(PreparerTest.linesPage(0));
    try {
      assertTrue(BlankPage.clearlyInked(letter));
      assertFalse(BlankPage.isBlank(letter));
    } finally {
      letter.release();
    }
  }

  @Test
  void clearlyInked_specksOnPaper_isFalseAndThePageIsBlank() {
    Mat page = paperWithSpecks(1200, 1600, 4000);
    try {
      assertFalse(BlankPage.clearlyInked(page), "single-pixel specks average away when shrunk");
      assertTrue(BlankPage.isBlank(page));
    } finally {
      page.release();
    }
  }

  @Test
  void clearlyInked_pageTooSmallToShrink_leavesItToTheFullCheck() {
    Mat tiny = new Mat(30, 40, CvType.CV_8UC1, new Scalar(0));
    try {
      assertFalse(BlankPage.clearlyInked(tiny));
      assertFalse(BlankPage.isBlank(tiny));
    } finally {
      tiny.release();
    }
  }
}
