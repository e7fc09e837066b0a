/** Departments with a few of their real provinces and districts, as SUNAT spells them. */
export interface Department {
  name: string;
  provinces: readonly Province[];
}

export interface Province {
  name: string;
  districts: readonly string[];
}

export const DEPARTMENTS: readonly Department[] = [
  {
    name: 'LIMA',
    provinces: [
      {
        name: 'LIMA',
        districts: [
          'LIMA',
          'MIRAFLORES',
          'SAN ISIDRO',
          'SURQUILLO',
          'LA VICTORIA',
          'SAN JUAN DE LURIGANCHO',
          'SANTIAGO DE SURCO',
          'JESUS MARIA',
          'BREÑA',
          'ATE',
          'SAN MARTIN DE PORRES',
        ],
      },
      { name: 'HUAURA', districts: ['HUACHO', 'HUALMAY', 'SANTA MARIA'] },
      { name: 'CAÑETE', districts: ['SAN VICENTE DE CAÑETE', 'IMPERIAL', 'MALA'] },
      { name: 'HUARAL', districts: ['HUARAL', 'CHANCAY'] },
    ],
  },
  {
    name: 'CALLAO',
    provinces: [
      { name: 'CALLAO', districts: ['CALLAO', 'BELLAVISTA', 'LA PERLA', 'VENTANILLA', 'LA PUNTA'] },
    ],
  },
  {
    name: 'AREQUIPA',
    provinces: [
      {
        name: 'AREQUIPA',
        districts: [
          'AREQUIPA',
          'CAYMA',
          'YANAHUARA',
          'CERRO COLORADO',
          'JOSE LUIS BUSTAMANTE Y RIVERO',
        ],
      },
      { name: 'CAMANA', districts: ['CAMANA', 'SAMUEL PASTOR'] },
      { name: 'ISLAY', districts: ['MOLLENDO', 'MEJIA'] },
    ],
  },
  {
    name: 'CUSCO',
    provinces: [
      { name: 'CUSCO', districts: ['CUSCO', 'WANCHAQ', 'SAN SEBASTIAN', 'SANTIAGO'] },
      { name: 'URUBAMBA', districts: ['URUBAMBA', 'OLLANTAYTAMBO', 'MACHUPICCHU'] },
      { name: 'LA CONVENCION', districts: ['SANTA ANA', 'ECHARATE'] },
    ],
  },
  {
    name: 'PIURA',
    provinces: [
      { name: 'PIURA', districts: ['PIURA', 'CASTILLA', 'VEINTISEIS DE OCTUBRE'] },
      { name: 'SULLANA', districts: ['SULLANA', 'BELLAVISTA'] },
      { name: 'TALARA', districts: ['PARIÑAS', 'MANCORA'] },
      { name: 'PAITA', districts: ['PAITA', 'COLAN'] },
    ],
  },
  {
    name: 'LA LIBERTAD',
    provinces: [
      {
        name: 'TRUJILLO',
        districts: ['TRUJILLO', 'VICTOR LARCO HERRERA', 'LA ESPERANZA', 'EL PORVENIR'],
      },
      { name: 'PACASMAYO', districts: ['SAN PEDRO DE LLOC', 'PACASMAYO'] },
      { name: 'CHEPEN', districts: ['CHEPEN', 'PACANGA'] },
      { name: 'ASCOPE', districts: ['ASCOPE', 'CASA GRANDE', 'CHOCOPE'] },
    ],
  },
  {
    name: 'MADRE DE DIOS',
    provinces: [
      { name: 'TAMBOPATA', districts: ['TAMBOPATA', 'LABERINTO', 'LAS PIEDRAS'] },
      { name: 'TAHUAMANU', districts: ['IÑAPARI', 'IBERIA', 'TAHUAMANU'] },
      { name: 'MANU', districts: ['MANU', 'HUEPETUHE'] },
    ],
  },
  {
    name: 'SAN MARTIN',
    provinces: [
      { name: 'MOYOBAMBA', districts: ['MOYOBAMBA', 'JEPELACIO'] },
      { name: 'SAN MARTIN', districts: ['TARAPOTO', 'MORALES', 'LA BANDA DE SHILCAYO'] },
      { name: 'RIOJA', districts: ['RIOJA', 'NUEVA CAJAMARCA'] },
      { name: 'TOCACHE', districts: ['TOCACHE', 'UCHIZA'] },
    ],
  },
  {
    name: 'LAMBAYEQUE',
    provinces: [
      { name: 'CHICLAYO', districts: ['CHICLAYO', 'JOSE LEONARDO ORTIZ', 'LA VICTORIA'] },
      { name: 'LAMBAYEQUE', districts: ['LAMBAYEQUE', 'MOTUPE'] },
      { name: 'FERREÑAFE', districts: ['FERREÑAFE', 'PITIPO'] },
    ],
  },
  {
    name: 'JUNIN',
    provinces: [
      { name: 'HUANCAYO', districts: ['HUANCAYO', 'EL TAMBO', 'CHILCA'] },
      { name: 'TARMA', districts: ['TARMA', 'ACOBAMBA'] },
      { name: 'SATIPO', districts: ['SATIPO', 'PANGOA'] },
    ],
  },
  {
    name: 'PUNO',
    provinces: [
      { name: 'PUNO', districts: ['PUNO', 'CHUCUITO'] },
      { name: 'SAN ROMAN', districts: ['JULIACA', 'CABANILLAS'] },
    ],
  },
  {
    name: 'ICA',
    provinces: [
      { name: 'ICA', districts: ['ICA', 'PARCONA', 'LA TINGUIÑA'] },
      { name: 'CHINCHA', districts: ['CHINCHA ALTA', 'PUEBLO NUEVO'] },
      { name: 'PISCO', districts: ['PISCO', 'PARACAS'] },
    ],
  },
  {
    name: 'LORETO',
    provinces: [
      { name: 'MAYNAS', districts: ['IQUITOS', 'PUNCHANA', 'BELEN', 'SAN JUAN BAUTISTA'] },
      { name: 'ALTO AMAZONAS', districts: ['YURIMAGUAS'] },
    ],
  },
  {
    name: 'CAJAMARCA',
    provinces: [
      { name: 'CAJAMARCA', districts: ['CAJAMARCA', 'LOS BAÑOS DEL INCA'] },
      { name: 'JAEN', districts: ['JAEN', 'BELLAVISTA'] },
    ],
  },
  {
    name: 'ANCASH',
    provinces: [
      { name: 'SANTA', districts: ['CHIMBOTE', 'NUEVO CHIMBOTE'] },
      { name: 'HUARAZ', districts: ['HUARAZ', 'INDEPENDENCIA'] },
    ],
  },
  {
    name: 'UCAYALI',
    provinces: [{ name: 'CORONEL PORTILLO', districts: ['CALLERIA', 'YARINACOCHA', 'MANANTAY'] }],
  },
  {
    name: 'TACNA',
    provinces: [
      { name: 'TACNA', districts: ['TACNA', 'GREGORIO ALBARRACIN LANCHIPA', 'POCOLLAY'] },
    ],
  },
  {
    name: 'AYACUCHO',
    provinces: [{ name: 'HUAMANGA', districts: ['AYACUCHO', 'SAN JUAN BAUTISTA', 'CARMEN ALTO'] }],
  },
];
