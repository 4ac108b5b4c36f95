package org.wathiqa.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wathiqa.Box;
import org.wathiqa.Field;
import org.wathiqa.Fields;
import org.wathiqa.PageResult;
import org.wathiqa.Stamp;
import org.wathiqa.TextSource;

class AuthorityCheckTest {
  private static final Box BOX = new Box(0, 0, 100, 100);
  private static final Field AUTHORITY = Field.of("قيادة شرطة محافظة حمص").confidence(0.7)
      .hierarchy(List.of("الجمهورية العربية السورية", "وزارة الداخلية", "قيادة شرطة محافظة حمص")).build();

  private static List<PageResult> pageWith(Stamp... stamps) {
    return List.of(new PageResult(0, 100, 100, 300, 0, TextSource.OCR, "", 0, List.of(), List.of(stamps)));
  }

  private static Fields fields() {
    return new Fields(AUTHORITY, null, null, List.of(), List.of(), null, null);
  }

  private static Stamp seal(String ring, String centre, double confidence) {
    return new Stamp("round", "#2a3a9a", ring + " " + centre, ring, centre, confidence, BOX);
  }

  @Test
  void check_sealNamingALetterheadUnit_raisesConfidenceWithoutWarning() {
    AuthorityCheck.Checked c = AuthorityCheck.check(fields(),
        pageWith(seal("الجمهورية العربية السورية وزارة الداخلية", "قيادة الشرطة", 0.9)));
    assertEquals(0.8, c.fields().issuingAuthority().confidence(), 1e-9);
    assertTrue(c.warnings().isEmpty());
  }

  @Test
  void check_sureSealOfAnotherInstitution_warnsAndKeepsConfidence() {
    AuthorityCheck.Checked c = AuthorityCheck.check(fields(),
        pageWith(seal("الجمهورية العربية السورية وزارة الصحة", "مديرية الصحة", 0.9)));
    assertEquals(0.7, c.fields().issuingAuthority().confidence(), 1e-9);
    assertEquals(1, c.warnings().size(), c.warnings().toString());
    assertTrue(c.warnings().get(0).contains("مديرية الصحة"));
  }

  @Test
  void check_unsureSealOrRegisterStamp_neitherWarnsNorRaises() {
    Stamp unsure = seal("وزارة الصحة", "مديرية الصحة", 0.6);
    Stamp register = new Stamp("rect", "#b22a2a", "مديرية الصحة وارد رقم 12", null, "مديرية الصحة وارد رقم 12", 0.95, BOX);
    AuthorityCheck.Checked c = AuthorityCheck.check(fields(), pageWith(unsure, register));
    assertEquals(0.7, c.fields().issuingAuthority().confidence(), 1e-9);
    assertTrue(c.warnings().isEmpty());
  }

  @Test
  void check_noAuthority_leavesFieldsAlone() {
    AuthorityCheck.Checked c = AuthorityCheck.check(Fields.NONE, pageWith(seal("وزارة الصحة", "مديرية الصحة", 0.9)));
    assertEquals(Fields.NONE, c.fields());
    assertTrue(c.warnings().isEmpty());
  }
}
