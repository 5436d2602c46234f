package ai.trainloop.render;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.compare.BaselineComparator;
import ai.trainloop.compare.Comparison;
import ai.trainloop.compare.ReportFixture;
import ai.trainloop.config.CompareConfig;
import ai.trainloop.results.SavedRun;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitXmlWriterTest {

  @Test
  void should_write_a_case_per_model_and_metric_failing_on_regression_and_missed_gate()
      throws Exception {
    // given a regression of openai/gpt-4o, a lost model, and a missed gate on google/gemini
    Comparison comparison = ComparisonRendererTest.sampleComparison();
    ReportFixture current = ReportFixture.run("2026-01-02_02-00-00");
    for (int i = 0; i < 40; i++) {
      current.pass("s" + i, "openai/gpt-4o", i < 24).pass("s" + i, "google/gemini", true);
    }
    current.gates(
        "google/gemini", Map.of("performance_threshold", true, "max_response_time", false));

    // when
    Document xml = parse(write(current.report(), comparison));

    // then
    Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
    NodeList cases = xml.getElementsByTagName("testcase");
    assertThat(suite.getAttribute("tests")).isEqualTo(String.valueOf(cases.getLength()));
    assertThat(suite.getAttribute("failures")).isEqualTo("4");
    assertThat(suite.getAttribute("errors")).isEqualTo("0");
    assertThat(caseOf(xml, "openai/gpt-4o", "Avg").getElementsByTagName("failure").getLength())
        .isEqualTo(1);
    assertThat(caseOf(xml, "openai/gpt-4o", "correct").getElementsByTagName("failure").getLength())
        .isEqualTo(1);
    assertThat(caseOf(xml, "openai/gpt-4o", "latency p50").getChildNodes().getLength()).isZero();
    Element gate =
        (Element)
            caseOf(xml, "google/gemini", "gate: max_response_time")
                .getElementsByTagName("failure")
                .item(0);
    assertThat(gate.getAttribute("type")).isEqualTo("gate_missed");
    assertThat(
            caseOf(xml, "google/gemini", "gate: performance_threshold").getChildNodes().getLength())
        .isZero();
    Element lost =
        (Element)
            caseOf(xml, "anthropic/claude", "coverage").getElementsByTagName("failure").item(0);
    assertThat(lost.getAttribute("type")).isEqualTo("coverage_lost");
    Element failure =
        (Element) caseOf(xml, "openai/gpt-4o", "Avg").getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message"))
        .isEqualTo("Avg regressed against baseline 2026-01-01_02-00-00");
    assertThat(failure.getTextContent())
        .startsWith("baseline 0.900, current 0.600, delta -0.300, 95% CI [");
  }

  @Test
  void should_escape_markup_and_drop_characters_xml_cannot_hold() throws Exception {
    // given a failed model whose reason contains markup, quotes and a control character
    ReportFixture run =
        ReportFixture.run("r")
            .model("a<b>&\"c\"", "failed", "key rejected: <401> & \u0007bell")
            .error("s1", "a<b>&\"c\"", "HTTP 401");

    // when
    Document xml = parse(write(run.report(), null));

    // then
    Element testCase = (Element) xml.getElementsByTagName("testcase").item(0);
    assertThat(testCase.getAttribute("classname")).isEqualTo("a<b>&\"c\"");
    Element error = (Element) testCase.getElementsByTagName("error").item(0);
    assertThat(error.getAttribute("message")).isEqualTo("model failed: key rejected: <401> & bell");
    // one error per case of the failed model: Avg and its metric "correct"
    assertThat(((Element) xml.getElementsByTagName("testsuites").item(0)).getAttribute("errors"))
        .isEqualTo("2");
  }

  @Test
  void should_mark_cases_of_a_skipped_model_as_skipped_and_pass_without_baseline()
      throws Exception {
    ReportFixture run =
        ReportFixture.run("r").model("x", "skipped", "X_API_KEY is not set").pass("s1", "y", true);

    Document xml = parse(write(run.report(), null));

    Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("skipped")).isEqualTo("2");
    assertThat(suite.getAttribute("failures")).isEqualTo("0");
    assertThat(caseOf(xml, "y", "Avg").getChildNodes().getLength()).isZero();
    assertThat(caseOf(xml, "y", "correct").getChildNodes().getLength()).isZero();
  }

  @Test
  void should_fail_the_case_of_a_gating_cost_regression_only() throws Exception {
    ReportFixture baseline = ReportFixture.run("a");
    ReportFixture current = ReportFixture.run("b");
    for (int i = 0; i < 50; i++) {
      baseline.pass("s" + i, "m", true, 800, "0.0001");
      current.pass("s" + i, "m", true, 800, "0.0003");
    }
    Comparison strict =
        new BaselineComparator(new CompareConfig(0.05, 0.02, List.of("cost"), 0.2, 0.2))
            .compare(current.report(), baseline.report());

    Document xml = parse(write(current.report(), strict));

    assertThat(caseOf(xml, "m", "cost/sample").getElementsByTagName("failure").getLength())
        .isEqualTo(1);
    assertThat(caseOf(xml, "m", "Avg").getChildNodes().getLength()).isZero();
  }

  private static String write(SavedRun run, Comparison comparison) {
    StringWriter out = new StringWriter();
    JUnitXmlWriter.write(run, comparison, out);
    return out.toString();
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static Element caseOf(Document xml, String classname, String name) {
    NodeList cases = xml.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element c = (Element) cases.item(i);
      if (c.getAttribute("classname").equals(classname) && c.getAttribute("name").equals(name)) {
        return c;
      }
    }
    throw new AssertionError("no testcase " + classname + " / " + name);
  }
}
