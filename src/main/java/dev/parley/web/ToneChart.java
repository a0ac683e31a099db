package dev.parley.web;

import dev.parley.analysis.debate.ToneTimeline;
import dev.parley.render.DebateReport;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;

/**
 * The tone of a thread over time as an SVG bar chart: one bar per day with messages, as tall as the day's messages
 * and coloured by the day's tone (positive, neutral, negative, heated), its details in a title; the first and last
 * day and the busiest day's count on the axes.
 */
final class ToneChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 180;
    private static final int LEFT = 30, BOTTOM = 24, TOP = 10;

    private ToneChart() {
    }

    static void append(Element parent, ToneTimeline tone) {
        List<ToneTimeline.Day> days = tone.days();
        Element svg = parent.appendElement("svg").addClass("tone-chart").attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("viewBox", "0 0 " + WIDTH + " " + HEIGHT).attr("role", "img")
                .attr("aria-label", "Tone by day: " + days.size() + (days.size() == 1 ? " day" : " days"));
        if (days.isEmpty()) return;
        int busiest = days.stream().mapToInt(ToneTimeline.Day::messages).max().orElse(1);
        double plotW = WIDTH - LEFT - 4, plotH = HEIGHT - BOTTOM - TOP;
        double slot = plotW / days.size();
        double bar = Math.max(1, slot * 0.8);
        svg.appendElement("line").addClass("axis").attr("x1", num(LEFT)).attr("x2", num(WIDTH - 4))
                .attr("y1", num(TOP + plotH)).attr("y2", num(TOP + plotH));
        svg.appendElement("text").addClass("tick").attr("x", num(LEFT - 4)).attr("y", num(TOP + 8))
                .attr("text-anchor", "end").text(Integer.toString(busiest));
        for (int i = 0; i < days.size(); i++) {
            ToneTimeline.Day day = days.get(i);
            double h = Math.max(1, plotH * day.messages() / busiest);
            Element rect = svg.appendElement("rect").addClass("day").addClass("tone-" + day.label().id())
                    .attr("x", num(LEFT + i * slot + (slot - bar) / 2)).attr("y", num(TOP + plotH - h))
                    .attr("width", num(bar)).attr("height", num(h));
            rect.appendElement("title").text(day.date() + ": " + day.messages() + (day.messages() == 1 ? " message, " : " messages, ")
                    + day.label().id() + String.format(Locale.ROOT, ", mean tone %+.2f", day.meanScore())
                    + DebateReport.heated(day.heated(), day.heatedEvidence()));
        }
        svg.appendElement("text").addClass("tick").attr("x", num(LEFT)).attr("y", num(HEIGHT - 6)).text(days.get(0).date().toString());
        if (days.size() > 1) {
            svg.appendElement("text").addClass("tick").attr("x", num(WIDTH - 4)).attr("y", num(HEIGHT - 6))
                    .attr("text-anchor", "end").text(days.get(days.size() - 1).date().toString());
        }
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
