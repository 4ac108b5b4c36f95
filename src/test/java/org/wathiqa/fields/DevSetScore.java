package org.wathiqa.fields;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.wathiqa.Field;
import org.wathiqa.Fields;
import org.wathiqa.text.ArabicText;

/** Scores extracted fields against a {@code wathiqa} truth file the way {@code score.py} does. */
public final class DevSetScore {
  private static final Pattern PUNCT = Pattern.compile("[\\s.,:;،؛\\-–—_/\\\\|()\\[\\]{}«»\"'!؟?*•]+");

  double date;
  double ref;
  double authority;
  double hierRecall;
  double hierPrecision;
  double namesRecall;
  double namesPrecision;
  double signatory;
  double subject;
  int documents;
  final List<String> misses = new ArrayList<>();

  static String strict(String s) {
    String n = ArabicText.normalize(s == null ? "" : s);
    return PUNCT.matcher(n).replaceAll(" ").strip();
  }

  static boolean near(String truth, String pred) {
    String g = strict(truth);
    String p = strict(pred);
    return !g.isEmpty() && !p.isEmpty() && ArabicText.distance(g, p) <= 0.2 * g.length();
  }

  private static String refNorm(String s) {
    return ArabicText.light(s == null ? "" : s).replaceAll("\\s+", "").replace('\\', '/');
  }

  private static String value(Field f) {
    return f == null ? null : f.value();
  }

  public void add(String id, JsonNode truth, Fields f) {
    documents++;
    boolean d = truth.path("documentDate").path("value").asText().equals(value(f.documentDate()));
    boolean r = refNorm(truth.path("referenceNumber").path("value").asText()).equals(refNorm(value(f.referenceNumber())));
    boolean a = near(truth.path("issuingAuthority").path("value").asText(), value(f.issuingAuthority()) == null ? "" : value(f.issuingAuthority()));
    date += d ? 1 : 0;
    ref += r ? 1 : 0;
    authority += a ? 1 : 0;
    note(id, "date", d, truth.path("documentDate").path("value").asText(), value(f.documentDate()));
    note(id, "ref", r, truth.path("referenceNumber").path("value").asText(), value(f.referenceNumber()));
    note(id, "authority", a, truth.path("issuingAuthority").path("value").asText(), value(f.issuingAuthority()));
    hierarchy(id, truth, f);
    names(id, truth, f);
    String sig = truth.path("signatory").path("name").asText();
    boolean s = near(sig, value(f.signatory()) == null ? "" : value(f.signatory()));
    signatory += s ? 1 : 0;
    note(id, "signatory", s, sig, value(f.signatory()));
    boolean sub = near(truth.path("subject").asText(), value(f.subject()) == null ? "" : value(f.subject()));
    subject += sub ? 1 : 0;
    note(id, "subject", sub, truth.path("subject").asText(), value(f.subject()));
  }

  private void hierarchy(String id, JsonNode truth, Fields f) {
    List<String> gh = texts(truth.path("issuingAuthority").path("hierarchy"));
    List<String> ph = f.issuingAuthority() == null || f.issuingAuthority().hierarchy() == null
        ? List.of() : f.issuingAuthority().hierarchy();
    double rec = matched(gh, ph) / (double) gh.size();
    double prec = ph.isEmpty() ? 0 : matched(ph, gh) / (double) ph.size();
    hierRecall += rec;
    hierPrecision += prec;
    note(id, "hierarchy", rec == 1 && prec == 1, gh.toString(), ph.toString());
  }

  private void names(String id, JsonNode truth, Fields f) {
    List<String> people = texts(truth.path("names"));
    people.add(truth.path("signatory").path("name").asText());
    List<String> pn = new ArrayList<>();
    f.names().forEach(n -> pn.add(n.value()));
    if (f.signatory() != null) {
      pn.add(f.signatory().value());
    }
    double rec = matched(people, pn) / (double) people.size();
    double prec = pn.isEmpty() ? 0 : matched(pn, people) / (double) pn.size();
    namesRecall += rec;
    namesPrecision += prec;
    note(id, "names", rec == 1 && prec == 1, people.toString(), pn.toString());
  }

  private static int matched(List<String> from, List<String> in) {
    int n = 0;
    for (String g : from) {
      n += in.stream().anyMatch(p -> near(g, p)) ? 1 : 0;
    }
    return n;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private void note(String id, String field, boolean ok, String truth, String pred) {
    if (!ok) {
      misses.add(id + " " + field + ": want " + truth + " got " + pred);
    }
  }

  private static double f1(double r, double p) {
    return r + p == 0 ? 0 : 2 * r * p / (r + p);
  }

  public double dateAcc() {
    return date / documents;
  }

  public double refAcc() {
    return ref / documents;
  }

  public double authorityAcc() {
    return authority / documents;
  }

  public double hierF1() {
    return f1(hierRecall / documents, hierPrecision / documents);
  }

  public double namesF1() {
    return f1(namesRecall / documents, namesPrecision / documents);
  }

  public double signatoryAcc() {
    return signatory / documents;
  }

  public double subjectAcc() {
    return subject / documents;
  }

  public String summary() {
    return String.format(java.util.Locale.ROOT,
        "documents=%d date_acc=%.4f ref_acc=%.4f authority_acc=%.4f hier_f1=%.4f names_f1=%.4f signatory_acc=%.4f subject_acc=%.4f",
        documents, dateAcc(), refAcc(), authorityAcc(), hierF1(), namesF1(), signatoryAcc(), subjectAcc());
  }
}
