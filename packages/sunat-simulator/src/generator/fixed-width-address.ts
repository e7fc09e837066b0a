import type { TaxpayerAddress } from './taxpayer.js';

// SUNAT prints the department and the province padded to 131 columns, as measured on the
// captures ("LA LIBERTAD" + 120 spaces, "TRUJILLO" + 123 spaces).
const COLUMN_WIDTH = 131;

/** The Domicilio Fiscal value: "<street> <DEPARTAMENTO><pad>- <PROVINCIA><pad>- <DISTRITO>". */
export function formatDomicilio(address: TaxpayerAddress): string {
  const { direccion, departamento, provincia, distrito } = address;
  return `${direccion} ${departamento.padEnd(COLUMN_WIDTH)}- ${provincia.padEnd(COLUMN_WIDTH)}- ${distrito}`;
}
