package org.bilet.reports.documents;

import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;

/**
 * Counts of tickets and answers on a chart's value axis step by whole numbers: no tick reads "7.5
 * tickets". The template's tick label mask still formats them for the reader.
 */
public class IntegerTicks implements JRChartCustomizer {

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        var plot = chart.getPlot();
        var axis = plot instanceof XYPlot xy ? xy.getRangeAxis()
                : plot instanceof CategoryPlot category ? category.getRangeAxis() : null;
        if (axis instanceof NumberAxis numbers) {
            numbers.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
    }
}
