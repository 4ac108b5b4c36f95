package org.wathiqa.fields;

/** Approximate substring matching. Stateless and thread-safe. */
final class Infix {

  private Infix() {
  }

  /** Edit distance of {@code needle} to its best-matching stretch of {@code hay}. */
  static int distance(String needle, String hay) {
    int[] prev = new int[hay.length() + 1];
    int[] cur = new int[hay.length() + 1];
    for (int i = 1; i <= needle.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= hay.length(); j++) {
        int sub = prev[j - 1] + (needle.charAt(i - 1) == hay.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    int best = needle.length();
    for (int v : prev) {
      best = Math.min(best, v);
    }
    return best;
  }
}
