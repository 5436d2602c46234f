package ai.trainloop.render;

import ai.trainloop.compare.Comparison;
import ai.trainloop.results.SavedRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a JUnit XML report ({@code --junit FILE}) in the form CI systems read (Jenkins, GitLab,
 * GitHub Actions reporters): {@code <testsuites>} holding one {@code <testsuite>} with {@code
 * tests}, {@code failures}, {@code errors} and {@code skipped} counts and one {@code <testcase
 * classname="MODEL" name="METRIC">} per {@link JUnitCase}, each with {@code time="0"} (the checks
 * take no time of their own). Text is escaped by the JDK's own XML writer (never a StAX provider
 * that happens to be on the class path); characters XML 1.0 cannot hold are dropped. The
 * declaration says UTF-8, so the {@code Writer} must encode UTF-8 (as {@code
 * Files.newBufferedWriter} does).
 */
public final class JUnitXmlWriter {
  private JUnitXmlWriter() {}

  /**
   * Writes the cases of {@code run} (and of {@code comparison}, which may be null) to {@code out}.
   */
  public static void write(SavedRun run, Comparison comparison, Writer out) {
    write("trainloop benchmark " + run.runId(), JUnitCases.of(run, comparison), out);
  }

  /** Writes {@code cases} as one test suite named {@code suiteName}. */
  public static void write(String suiteName, List<JUnitCase> cases, Writer out) {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      counts(xml, suiteName, cases);
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testsuite");
      counts(xml, suiteName, cases);
      for (JUnitCase c : cases) {
        xml.writeCharacters("\n    ");
        testCase(xml, c);
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      xml.close();
      out.flush();
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(
          new IOException("cannot write JUnit XML: " + e.getMessage(), e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void counts(XMLStreamWriter xml, String name, List<JUnitCase> cases)
      throws XMLStreamException {
    xml.writeAttribute("name", clean(name));
    xml.writeAttribute("tests", String.valueOf(cases.size()));
    xml.writeAttribute("failures", String.valueOf(count(cases, JUnitCase.Outcome.FAILED)));
    xml.writeAttribute("errors", String.valueOf(count(cases, JUnitCase.Outcome.ERROR)));
    xml.writeAttribute("skipped", String.valueOf(count(cases, JUnitCase.Outcome.SKIPPED)));
    xml.writeAttribute("time", "0");
  }

  private static void testCase(XMLStreamWriter xml, JUnitCase c) throws XMLStreamException {
    String element =
        switch (c.outcome()) {
          case PASSED -> null;
          case FAILED -> "failure";
          case ERROR -> "error";
          case SKIPPED -> "skipped";
        };
    if (element == null) {
      xml.writeEmptyElement("testcase");
      caseAttributes(xml, c);
      return;
    }
    xml.writeStartElement("testcase");
    caseAttributes(xml, c);
    xml.writeStartElement(element);
    xml.writeAttribute("message", clean(c.message()));
    if (!element.equals("skipped")) {
      xml.writeAttribute("type", type(c));
    }
    if (c.detail() != null) {
      xml.writeCharacters(clean(c.detail()));
    }
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static String type(JUnitCase c) {
    if (c.outcome() == JUnitCase.Outcome.ERROR) {
      return "model_failed";
    }
    return c.name().startsWith("gate: ")
        ? "gate_missed"
        : c.name().equals("coverage") ? "coverage_lost" : "regression";
  }

  private static void caseAttributes(XMLStreamWriter xml, JUnitCase c) throws XMLStreamException {
    xml.writeAttribute("classname", clean(c.classname()));
    xml.writeAttribute("name", clean(c.name()));
    // the checks are evaluated after the run, instantly; several CI parsers expect the attribute
    xml.writeAttribute("time", "0");
  }

  private static long count(List<JUnitCase> cases, JUnitCase.Outcome outcome) {
    return cases.stream().filter(c -> c.outcome() == outcome).count();
  }

  /**
   * Drops characters XML 1.0 cannot represent (control characters other than tab, newline, carriage
   * return).
   */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints()
        .filter(
            cp ->
                cp == 0x9
                    || cp == 0xA
                    || cp == 0xD
                    || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD)
                    || cp >= 0x10000)
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }
}
