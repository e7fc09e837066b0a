import { isValidRuc } from '../ruc-check-digit.js';
import {
  CIIU_PUBLIC_ADMINISTRATION,
  CIIU_REV3,
  CIIU_REV4,
  type CiiuActivity,
} from './ciiu-activities.js';
import { formatDate } from './lima-time.js';
import {
  COMPANY_CORES,
  COMPANY_LEADS,
  GIVEN_NAMES,
  SHOP_KINDS,
  STREET_NAMES,
  SURNAMES,
  ZONE_NAMES,
} from './names.js';
import { createPrng, type Prng } from './prng.js';
import type { EconomicActivity, Taxpayer, TaxpayerAddress, TaxpayerDocument } from './taxpayer.js';
import { DEPARTMENTS } from './ubigeo.js';

// Every date is drawn before this one so that a taxpayer does not change as the clock moves.
const LAST_YEAR = 2024;
const ELECTRONIC_START = Date.UTC(2014, 9, 1);

const COMPANY_FORMS = [
  { suffix: 'S.A.C.', tipo: 'SOCIEDAD ANONIMA CERRADA', weight: 35 },
  { suffix: 'E.I.R.L.', tipo: 'EMPRESA INDIVIDUAL DE RESP. LTDA', weight: 25 },
  { suffix: 'S.A.', tipo: 'SOCIEDAD ANONIMA', weight: 15 },
  { suffix: 'S.R.L.', tipo: 'SOC.COM.RESPONS. LTDA', weight: 15 },
  { suffix: null, tipo: 'ASOCIACION', weight: 5 },
  { suffix: null, tipo: 'GOBIERNO REGIONAL, LOCAL', weight: 5 },
] as const;

const PAPER_RECEIPTS = [
  'FACTURA',
  'BOLETA DE VENTA',
  'NOTA DE CREDITO',
  'NOTA DE DEBITO',
  'GUIA DE REMISION - REMITENTE',
  'COMPROBANTE DE RETENCION',
  'LIQUIDACION DE COMPRA',
  'TICKET',
];

const ELECTRONIC_SYSTEMS = ['SEE-SOL', 'SEE-FACTURADOR', 'SEE-DEL CONTRIBUYENTE', 'SEE-OSE'];

/** Registers ("padrones") with the month each began. */
const PADRONES = [
  {
    text: 'Incorporado al Régimen de Agentes de Retención de IGV (R.S.101-2003) a partir del',
    since: Date.UTC(2003, 5, 1),
  },
  {
    text: 'Incorporado al Régimen de Buenos Contribuyentes (D.S.105-2003) a partir del',
    since: Date.UTC(2003, 5, 1),
  },
  {
    text: 'Incorporado al Régimen de Agentes de Percepción de IGV - Venta Interna (R.S.058-2006) a partir del',
    since: Date.UTC(2006, 6, 1),
  },
];

const NO_HABIDO_NOTE =
  'Deberá declarar el nuevo domicilio fiscal o confirmar el señalado en el RUC para levantar la condición de NO HABIDO. Mientras tanto no podrá solicitar autorización de impresión de comprobantes de pago.';

/**
 * The taxpayer a valid RUC stands for in the simulator: always the same for the same RUC.
 * Prefix 10 (and 15, 16, 17) gives a natural person, 20 a company, an association or a
 * municipality. Throws a RangeError for a RUC that fails SUNAT's check.
 */
export function generateTaxpayer(ruc: string): Taxpayer {
  if (!isValidRuc(ruc)) throw new RangeError(`not a valid RUC: ${ruc}`);
  const prng = createPrng(`taxpayer:${ruc}`);
  return ruc.startsWith('20') ? company(ruc, prng) : naturalPerson(ruc, prng);
}

function naturalPerson(ruc: string, prng: Prng): Taxpayer {
  const withBusiness = prng.chance(0.6);
  const apellidos = `${prng.pick(SURNAMES)} ${prng.pick(SURNAMES)}`;
  const nombres = prng.pick(GIVEN_NAMES);
  const inscripcion = randomDay(prng, 1995, 2023);
  const oldCodes = inscripcion.getUTCFullYear() < 2015 && prng.chance(0.6);
  const activities = pickActivities(
    prng,
    withBusiness ? prng.int(1, 2) : 1,
    oldCodes ? CIIU_REV3 : CIIU_REV4,
  );
  const electronic = withBusiness && prng.chance(0.6);
  return withStatus(prng, {
    ruc,
    // The persona capture prints "PEREZ - JUAN" here and "PEREZ , JUAN" in Tipo de Documento.
    razonSocial: `${apellidos} - ${nombres}`,
    tipoContribuyente: withBusiness ? 'PERSONA NATURAL CON NEGOCIO' : 'PERSONA NATURAL SIN NEGOCIO',
    tipoDocumento: identityDocument(ruc, `${apellidos} , ${nombres}`),
    nombreComercial:
      withBusiness && prng.chance(0.5)
        ? `${prng.pick(SHOP_KINDS)} ${prng.pick(COMPANY_CORES)}`
        : null,
    fechaInscripcion: formatDate(inscripcion),
    fechaInicioActividades: formatDate(startOfActivities(prng, inscripcion)),
    ...ACTIVE,
    domicilio: withBusiness ? address(prng) : null,
    sistemaEmision: 'MANUAL',
    actividadComercioExterior: withBusiness ? foreignTrade(prng) : 'SIN ACTIVIDAD',
    sistemaContabilidad: withBusiness ? prng.pick(['MANUAL', 'COMPUTARIZADO']) : 'MANUAL',
    actividadesEconomicas: activities,
    comprobantesPago: withBusiness ? subset(prng, PAPER_RECEIPTS.slice(0, 4).concat('TICKET')) : [],
    ...electronicIssuing(prng, electronic, inscripcion, ['BOLETA', 'FACTURA']),
    afiliadoPleDesde: withBusiness && prng.chance(0.2) ? pleDate(prng, inscripcion) : null,
    padrones: [],
  });
}

function company(ruc: string, prng: Prng): Taxpayer {
  const form = weightedPick(prng, COMPANY_FORMS);
  const domicilio = address(prng);
  const inscripcion = randomDay(prng, 1993, 2023);
  const publicBody = form.tipo === 'GOBIERNO REGIONAL, LOCAL';
  const core = prng.pick(COMPANY_CORES);
  const razonSocial = publicBody
    ? `MUNICIPALIDAD DISTRITAL DE ${domicilio.distrito}`
    : form.suffix === null
      ? `ASOCIACIÓN ${core}`
      : form.suffix === 'E.I.R.L.'
        ? `${prng.pick(COMPANY_LEADS)} ${prng.pick(SURNAMES)} ${form.suffix}`
        : `${prng.pick(COMPANY_LEADS)} ${core} ${form.suffix}`;
  const activities = publicBody
    ? [activity('Principal', CIIU_PUBLIC_ADMINISTRATION, 1)]
    : pickActivities(prng, prng.int(1, 3), CIIU_REV4);
  return withStatus(prng, {
    ruc,
    razonSocial,
    tipoContribuyente: form.tipo,
    tipoDocumento: null,
    nombreComercial: prng.chance(0.4) ? core : null,
    fechaInscripcion: formatDate(inscripcion),
    fechaInicioActividades: formatDate(startOfActivities(prng, inscripcion)),
    ...ACTIVE,
    domicilio,
    sistemaEmision: prng.pick(['MANUAL', 'COMPUTARIZADO', 'MANUAL/COMPUTARIZADO']),
    actividadComercioExterior: foreignTrade(prng),
    sistemaContabilidad: prng.chance(0.6)
      ? 'COMPUTARIZADO'
      : prng.pick(['MANUAL', 'MANUAL/COMPUTARIZADO']),
    actividadesEconomicas: activities,
    comprobantesPago: prng.chance(0.15) ? [] : subset(prng, PAPER_RECEIPTS),
    ...electronicIssuing(prng, prng.chance(0.75), inscripcion, ['FACTURA', 'BOLETA']),
    afiliadoPleDesde: prng.chance(0.5) ? pleDate(prng, inscripcion) : null,
    padrones: prng.chance(0.3) ? padrones(prng, inscripcion) : [],
  });
}

function identityDocument(ruc: string, nombre: string): TaxpayerDocument {
  // A natural person's RUC embeds the document number: 10 + DNI + check digit.
  const numero = ruc.slice(2, 10);
  if (ruc.startsWith('10')) return { tipo: 'DNI', numero, nombre };
  if (ruc.startsWith('15')) return { tipo: 'CARNET DE EXTRANJERIA', numero: `0${numero}`, nombre };
  return { tipo: 'PASAPORTE', numero, nombre };
}

type Status = Pick<Taxpayer, 'estado' | 'fechaBaja' | 'condicion' | 'condicionNota'>;

const ACTIVE: Status = {
  estado: 'ACTIVO',
  fechaBaja: null,
  condicion: 'HABIDO',
  condicionNota: null,
};

/** Draws estado and condición; a baja comes after every other date of the record. */
function withStatus(prng: Prng, taxpayer: Taxpayer): Taxpayer {
  return { ...taxpayer, ...status(prng, latestDate(taxpayer)) };
}

function latestDate(taxpayer: Taxpayer): Date {
  let latest = 0;
  for (const [, dd, mm, yyyy] of JSON.stringify(taxpayer).matchAll(/(\d{2})\/(\d{2})\/(\d{4})/g)) {
    latest = Math.max(latest, Date.UTC(Number(yyyy), Number(mm) - 1, Number(dd)));
  }
  return new Date(latest);
}

function status(prng: Prng, after: Date): Status {
  const roll = prng.next();
  const estado =
    roll < 0.8
      ? 'ACTIVO'
      : roll < 0.88
        ? 'SUSPENSION TEMPORAL'
        : roll < 0.94
          ? 'BAJA DE OFICIO'
          : 'BAJA DEFINITIVA';
  const fechaBaja = estado.startsWith('BAJA') ? formatDate(dayAfter(prng, after)) : null;
  const noHabidoChance = estado === 'BAJA DE OFICIO' ? 0.5 : 0.07;
  const condRoll = prng.next();
  if (condRoll < noHabidoChance) {
    return { estado, fechaBaja, condicion: 'NO HABIDO', condicionNota: NO_HABIDO_NOTE };
  }
  const condicion = condRoll < noHabidoChance + 0.04 ? 'NO HALLADO' : 'HABIDO';
  return { estado, fechaBaja, condicion, condicionNota: null };
}

function address(prng: Prng): TaxpayerAddress {
  const department = prng.pick(DEPARTMENTS);
  const province = prng.pick(department.provinces);
  const prefix = prng.pick(['AV. ', 'JR. ', 'CAL.', 'PJ. ', 'CAL. ']);
  let direccion: string;
  if (prng.chance(0.15)) {
    const block = prng.pick(['A', 'B', 'C', 'D', 'F', 'H', 'K']);
    direccion = `MZA. ${block} LOTE. ${prng.int(1, 40)} A.H.  ${prng.pick(ZONE_NAMES)} `;
  } else {
    direccion = `${prefix}${prng.pick(STREET_NAMES)} NRO. ${prng.int(1, 2999)}`;
    if (prng.chance(0.2)) direccion += ` INT. ${prng.int(1, 9)}0${prng.int(1, 9)}`;
    // The capture shows the zone as "URB.  SANTA INES " (two spaces inside, one after).
    if (prng.chance(0.5)) direccion += ` URB.  ${prng.pick(ZONE_NAMES)} `;
  }
  return {
    direccion,
    departamento: department.name,
    provincia: province.name,
    distrito: prng.pick(province.districts),
  };
}

function activity(tipo: string, ciiu: CiiuActivity, spacesAfterCode: 1 | 2): EconomicActivity {
  return { tipo, codigo: ciiu.codigo, descripcion: ciiu.descripcion, spacesAfterCode };
}

function pickActivities(
  prng: Prng,
  count: number,
  catalog: readonly CiiuActivity[],
): EconomicActivity[] {
  return shuffled(prng, catalog)
    .slice(0, count)
    .map((ciiu, i) => {
      const tipo = i === 0 ? 'Principal' : `Secundaria ${i}`;
      const gap = ciiu.codigo.length === 5 || prng.chance(0.2) ? 2 : 1;
      return activity(tipo, ciiu, gap);
    });
}

function electronicIssuing(
  prng: Prng,
  electronic: boolean,
  inscripcion: Date,
  kinds: readonly [string, string],
): Pick<
  Taxpayer,
  'sistemaEmisionElectronica' | 'emisorElectronicoDesde' | 'comprobantesElectronicos'
> {
  if (!electronic) {
    return {
      sistemaEmisionElectronica: [],
      emisorElectronicoDesde: null,
      comprobantesElectronicos: [],
    };
  }
  const from = new Date(Math.max(inscripcion.getTime(), ELECTRONIC_START));
  const first = dayAfter(prng, from);
  const systems = subset(prng, ELECTRONIC_SYSTEMS, prng.int(1, 2));
  let since = first;
  const sistemaEmisionElectronica = systems.map((name, i) => {
    if (i > 0) since = dayAfter(prng, since);
    return `${name.padEnd(36)}. AUTORIZ DESDE ${formatDate(since)}`;
  });
  const comprobantesElectronicos = [`${kinds[0]} (desde ${formatDate(first)})`];
  if (prng.chance(0.6)) {
    comprobantesElectronicos.push(`${kinds[1]} (desde ${formatDate(dayAfter(prng, first))})`);
  }
  return {
    sistemaEmisionElectronica,
    emisorElectronicoDesde: formatDate(first),
    comprobantesElectronicos,
  };
}

function padrones(prng: Prng, inscripcion: Date): string[] {
  return subset(prng, PADRONES, prng.int(1, 2)).map(({ text, since }) => {
    const from = new Date(Math.max(inscripcion.getTime(), since));
    return `${text} ${formatDate(dayAfter(prng, from, true))}`;
  });
}

function pleDate(prng: Prng, inscripcion: Date): string {
  const year = Math.max(2013, inscripcion.getUTCFullYear() + 1);
  return formatDate(
    new Date(Date.UTC(Math.min(year + prng.int(0, 5), LAST_YEAR), prng.int(0, 11), 1)),
  );
}

function foreignTrade(prng: Prng): string {
  return prng.chance(0.75)
    ? 'SIN ACTIVIDAD'
    : prng.pick(['IMPORTADOR', 'EXPORTADOR', 'IMPORTADOR/EXPORTADOR']);
}

function startOfActivities(prng: Prng, inscripcion: Date): Date {
  if (prng.chance(0.7)) return inscripcion;
  return new Date(inscripcion.getTime() - prng.int(1, 90) * 86_400_000);
}

function randomDay(prng: Prng, fromYear: number, toYear: number): Date {
  return new Date(Date.UTC(prng.int(fromYear, toYear), prng.int(0, 11), prng.int(1, 28)));
}

/** A day after `after` and no later than the end of LAST_YEAR; first of a month if asked. */
function dayAfter(prng: Prng, after: Date, firstOfMonth = false): Date {
  const end = Date.UTC(LAST_YEAR, 11, 28);
  const start = Math.min(after.getTime() + 86_400_000, end);
  const day = new Date(start + prng.next() * (end - start));
  const date = firstOfMonth ? 1 : day.getUTCDate();
  const result = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), date));
  return result.getTime() < after.getTime() ? new Date(start) : result;
}

function shuffled<T>(prng: Prng, items: readonly T[]): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = prng.int(0, i);
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool;
}

/** `count` distinct items (default: a random number, at least one), in catalogue order. */
function subset<T>(prng: Prng, items: readonly T[], count = prng.int(1, items.length)): T[] {
  const picked = new Set(shuffled(prng, items).slice(0, count));
  return items.filter((item) => picked.has(item));
}

function weightedPick<T extends { weight: number }>(prng: Prng, items: readonly T[]): T {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let roll = prng.next() * total;
  for (const item of items) {
    roll -= item.weight;
    if (roll < 0) return item;
  }
  return items[items.length - 1] as T;
}
