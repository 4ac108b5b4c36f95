package org.wathiqa.fields;

/** The word lists the extractors share, loaded once from UTF-8 resources. Thread-safe. */
final class Lexicon {
  static final WordList GREGORIAN_MONTHS = WordList.load("gregorian-months.txt");
  static final WordList HIJRI_MONTHS = WordList.load("hijri-months.txt");
  static final WordList DATE_CUES = WordList.load("date-cues.txt");
  static final WordList DATE_FILLERS = WordList.load("date-fillers.txt");
  static final WordList HIJRI_TWIN_CUES = WordList.load("hijri-twin-cues.txt");
  static final WordList REFERENCE_CUES = WordList.load("reference-cues.txt");
  static final WordList REGISTER_CUES = WordList.load("register-cues.txt");
  static final WordList STAMP_NUMBER_CUES = WordList.load("stamp-number-cues.txt");
  static final WordList SUBJECT_CUES = WordList.load("subject-cues.txt");
  static final WordList HEADER_NOISE = WordList.load("header-noise.txt");
  static final WordList STATE_KINDS = WordList.load("state-kinds.txt");
  static final WordList INSTITUTION_KINDS = WordList.load("institution-kinds.txt");
  static final WordList RANKS = WordList.load("ranks.txt");
  static final WordList TITLES = WordList.load("titles.txt");
  static final WordList NAME_CUES = WordList.load("name-cues.txt");
  static final WordList WEAK_NAME_CUES = WordList.load("weak-name-cues.txt");
  static final WordList NAME_STOPS = WordList.load("name-stops.txt");
  static final java.util.Set<String> LIGHT_STOPS = java.util.Set.of("على", "إلى", "حتى", "لدى");
  static final WordList PLACES = WordList.load("places.txt");
  static final WordList WEEKDAYS = WordList.load("weekdays.txt");
  static final WordList ORDINALS = WordList.load("ordinals.txt");
  static final WordList PEOPLE_LIST_CUES = WordList.load("people-list-cues.txt");

  private Lexicon() {
  }

  /** {@code word} without a leading و/ف/ب/ل conjunction or preposition, or null if it has none. */
  static String withoutPrefix(String word) {
    if (word.length() > 3 && "وفبل".indexOf(word.charAt(0)) >= 0) {
      return word.substring(1);
    }
    return null;
  }

  /** {@code word} without the article (and a prefix before it), or the word itself. */
  static String bare(String word) {
    for (String article : new String[] {"وال", "بال", "فال", "لل", "ال"}) {
      if (word.startsWith(article) && word.length() > article.length() + 1) {
        return word.substring(article.length());
      }
    }
    return word;
  }
}
