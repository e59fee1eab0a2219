package org.difficultadvice.audit;

import java.util.List;
import java.util.Locale;

/**
 * Charts as inline SVG, drawn here so the report needs no script and no network. Labels are
 * escaped: values and names come from the dataset.
 */
final class SvgCharts {
  private static final int WIDTH = 560;

  private SvgCharts() {}

  /** One labelled bar of a chart. */
  record Bar(String label, double value, String caption) {}

  /** Vertical bars (a histogram): labels under the first, middle and last bars. */
  static String columns(String title, List<Bar> bars) {
    int height = 200;
    int left = 48;
    int bottom = 28;
    int plotHeight = height - bottom - 10;
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
    StringBuilder svg = open(title, WIDTH, height);
    if (bars.isEmpty() || max <= 0) {
      return empty(svg, height);
    }
    double slot = (WIDTH - left - 10) / (double) bars.size();
    axis(svg, left, 10, plotHeight, max);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double h = plotHeight * bar.value() / max;
      double x = left + i * slot + 1;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s</title></rect>",
              x, 10 + plotHeight - h, Math.max(1, slot - 2), h, HtmlText.escape(bar.caption())));
      // Few bars (judge scores) are all labelled; many (histograms) at both ends and the middle.
      if (bars.size() <= 12 || i == 0 || i == bars.size() - 1 || i == bars.size() / 2) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                x + slot / 2, height - 10, HtmlText.escape(bar.label())));
      }
    }
    return svg.append("</svg>").toString();
  }

  /** Horizontal bars with the label on the left and the value on the right. */
  static String rows(String title, List<Bar> bars) {
    int rowHeight = 20;
    int labelWidth = 200;
    int valueWidth = 110;
    int height = Math.max(40, bars.size() * rowHeight + 10);
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
    StringBuilder svg = open(title, WIDTH, height);
    if (bars.isEmpty() || max <= 0) {
      return empty(svg, height);
    }
    int plotWidth = WIDTH - labelWidth - valueWidth;
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int y = 5 + i * rowHeight;
      double w = Math.max(1, plotWidth * bar.value() / max);
      String label = bar.label().length() > 34 ? bar.label().substring(0, 33) + "…" : bar.label();
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
                  + "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\"><title>%s</title></rect>"
                  + "<text x=\"%.1f\" y=\"%d\">%s</text>",
              labelWidth - 6, y + 14, HtmlText.escape(label),
              labelWidth, y + 2, w, rowHeight - 5, HtmlText.escape(bar.label() + ": " + bar.caption()),
              labelWidth + w + 5, y + 14, HtmlText.escape(bar.caption())));
    }
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(String title, int width, int height) {
    return new StringBuilder()
        .append(
            String.format(
                Locale.ROOT,
                "<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" "
                    + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" aria-label=\"%s\">",
                width, height, width, height, HtmlText.escape(title)));
  }

  private static void axis(StringBuilder svg, int left, int top, int plotHeight, double max) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>"
                + "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>"
                + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
                + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>",
            left, top, left, top + plotHeight,
            left, top + plotHeight, WIDTH - 10, top + plotHeight,
            left - 4, top + 10, number(max),
            left - 4, top + plotHeight));
  }

  private static String empty(StringBuilder svg, int height) {
    return svg.append(
            String.format(
                Locale.ROOT, "<text x=\"10\" y=\"%d\">no data</text></svg>", Math.min(24, height - 8)))
        .toString();
  }

  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) value);
    }
    return String.format(Locale.ROOT, "%,.2f", value);
  }
}
