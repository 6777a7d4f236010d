package neuralmath.course.plot;

import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;

/**
 * The course's one look for charts: large fonts that stay readable when a notebook or its HTML page scales an
 * image down, the Okabe-Ito palette that colour-blind readers can tell apart, and no tooltips (XChart's bitmap
 * encoder fails with them on). Restyle any chart after it is made through {@code chart.getStyler()}.
 */
public final class Style {

    /** Default chart size in pixels. */
    public static final int WIDTH = 720;
    public static final int HEIGHT = 450;

    /** Okabe &amp; Ito's colour-blind-safe palette, in the order series use it (yellow last: faint on white). */
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color GREEN = new Color(0x009E73);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color PURPLE = new Color(0xCC79A7);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color BLACK = Color.BLACK;
    static final Color[] PALETTE = {BLUE, VERMILLION, GREEN, ORANGE, PURPLE, SKY_BLUE, YELLOW, BLACK};
    /** A bar chart's value labels, with their leading zero (0.05 rather than XChart's .05). */
    static final String BAR_VALUES = "0.###";

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    static final Font AXIS_TITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
    static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    static final Font CAPTION = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    static final Font CAPTION_LINE = new Font(Font.SANS_SERIF, Font.PLAIN, 18);

    private Style() {
    }

    /** The palette colour for the i-th series, wrapping round. */
    public static Color color(int i) {
        return PALETTE[i % PALETTE.length];
    }

    /** Applies the course style to an XY chart (lines, scatter points). */
    static void xy(XYChart chart) {
        XYStyler s = chart.getStyler();
        axes(s);
        s.setSeriesColors(PALETTE);
        s.setMarkerSize(7);
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
    }

    /** Applies the course style to a bar chart. */
    static void bars(CategoryChart chart) {
        axes(chart.getStyler());
        chart.getStyler().setSeriesColors(PALETTE);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setOverlapped(false);
        chart.getStyler().setYAxisDecimalPattern(BAR_VALUES);
    }

    /** Applies the course style to a heat map. */
    static void heatMap(HeatMapChart chart) {
        axes(chart.getStyler());
        chart.getStyler().setPlotContentSize(1.0);
        chart.getStyler().setPlotBorderVisible(true).setPlotBorderColor(new Color(0xBBBBBB));
        chart.getStyler().setValueFont(LEGEND).setValueFontColor(BLACK);
        chart.getStyler().setPlotGridLinesVisible(false);
    }

    private static void axes(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setChartFontColor(new Color(0x222222));
        s.setChartTitleFont(TITLE);
        s.setChartTitleBoxVisible(false);
        s.setAxisTitleFont(AXIS_TITLE);
        s.setAxisTickLabelsFont(TICKS);
        s.setAxisTickLabelsColor(new Color(0x333333));
        s.setLegendFont(LEGEND);
        s.setLegendBorderColor(Color.WHITE);
        s.setPlotGridLinesColor(new Color(0xE5E5E5));
        s.setChartPadding(12);
        s.setToolTipsEnabled(false);
        s.setAntiAlias(true);
        s.setXAxisTickMarkSpacingHint(80);
    }
}
