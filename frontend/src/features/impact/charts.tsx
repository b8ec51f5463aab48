import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../../lib/i18n';
import type { MeasurementChartProps } from './measurement-chart';
import type { MonthlySeries } from './series';
import styles from './charts.module.css';

// recharts is large: the charts load on demand, so pages without them (and every page's
// first load) never pay for it.
const LazyMeasurementChart = lazy(() => import('./measurement-chart'));
const LazyMonthlyChart = lazy(() => import('./monthly-chart'));

/** Keeps a chart that failed to load from taking the page with it; the text stays. */
class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    if (this.state.failed) {
      return <p className={styles.chartMessage}>{i18n.t('impact:chart.failed')}</p>;
    }
    return this.props.children;
  }
}

function ChartFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation('impact');
  return (
    // The drawing repeats the figures that the text beside it gives, so screen readers skip it.
    <div className={styles.chart} aria-hidden="true" data-testid="chart">
      <ChartBoundary>
        <Suspense fallback={<p className={styles.chartMessage} data-chart-loading>{t('chart.loading')}</p>}>{children}</Suspense>
      </ChartBoundary>
    </div>
  );
}

/** An outcome's measurements over time with its baseline and target. */
export function MeasurementChart(props: MeasurementChartProps) {
  return (
    <ChartFrame>
      <LazyMeasurementChart {...props} />
    </ChartFrame>
  );
}

/** A monthly series of contributions as bars. */
export function MonthlyChart({ series }: { series: MonthlySeries }) {
  return (
    <ChartFrame>
      <LazyMonthlyChart series={series} />
    </ChartFrame>
  );
}
