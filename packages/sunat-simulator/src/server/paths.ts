/** SUNAT's application context; the firewall and rate limit apply below it. */
export const APP_PREFIX = '/cl-ti-itmrconsruc/';
export const FORM_PATH = '/cl-ti-itmrconsruc/FrameCriterioBusquedaWeb.jsp';
export const QUERY_PATH = '/cl-ti-itmrconsruc/jcrS00Alias';
export const ADMIN_PREFIX = '/__simulator/';
