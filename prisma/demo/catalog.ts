// Demo sections, authors and tags for each edition. Slugs are Latin for sections (short, stable
// URLs) and Arabic for authors and tags, so both kinds of URL are exercised.

export const sections = {
  ar: [
    { slug: 'politics', name: 'سياسة', description: 'أخبار السياسة الوطنية والدولية' },
    { slug: 'economy', name: 'اقتصاد', description: 'المال والأعمال والأسواق' },
    { slug: 'society', name: 'مجتمع', description: 'قضايا المجتمع المغربي' },
    { slug: 'sports', name: 'رياضة', description: 'كرة القدم وباقي الرياضات' },
    { slug: 'culture', name: 'ثقافة وفنون', description: 'الكتب والسينما والموسيقى' },
    { slug: 'ala-masouliyati', name: 'على مسؤوليتي', description: 'عمود رأي' },
  ],
  fr: [
    { slug: 'actualite', name: 'Actualité', description: 'L’actualité du Maroc et du monde' },
    { slug: 'economie', name: 'Économie', description: 'Entreprises et marchés' },
  ],
  en: [
    { slug: 'news', name: 'News', description: 'Morocco and the world' },
    { slug: 'business', name: 'Business', description: 'Companies and markets' },
  ],
} as const;

export const authors = [
  { slug: 'ادريس-العاشري', name: 'ادريس العاشري', bio: 'كاتب رأي مهتم بالشؤون الأمنية والاستراتيجية.' },
  { slug: 'فاطمة-الزهراء-بنعلي', name: 'فاطمة الزهراء بنعلي', bio: 'صحفية متخصصة في الشأن الاقتصادي.' },
  { slug: 'يوسف-المرابط', name: 'يوسف المرابط', bio: 'محرر الأخبار السياسية.' },
  { slug: 'سلمى-العلوي', name: 'سلمى العلوي', bio: 'تكتب عن قضايا المجتمع والتعليم.' },
  { slug: 'كريم-الإدريسي', name: 'كريم الإدريسي', bio: 'صحفي رياضي يغطي البطولة الوطنية.' },
  { slug: 'نادية-الشرقاوي', name: 'نادية الشرقاوي', bio: 'ناقدة سينمائية وأدبية.' },
  { slug: 'عمر-بنجلون', name: 'عمر بنجلون', bio: 'محلل اقتصادي.' },
  { slug: 'ليلى-التازي', name: 'ليلى التازي', bio: 'مراسلة من الدار البيضاء.' },
  { slug: 'claire-benali', name: 'Claire Benali', bio: 'Journaliste à Casablanca.' },
  { slug: 'sam-haddad', name: 'Sam Haddad', bio: 'Reporter covering business and technology.' },
] as const;

export const tags = {
  ar: [
    { slug: 'الأمن', name: 'الأمن' },
    { slug: 'الرباط', name: 'الرباط' },
    { slug: 'الدار-البيضاء', name: 'الدار البيضاء' },
    { slug: 'الاستثمار', name: 'الاستثمار' },
    { slug: 'التعليم', name: 'التعليم' },
    { slug: 'المنتخب-الوطني', name: 'المنتخب الوطني' },
    { slug: 'السينما', name: 'السينما' },
    { slug: 'التعاون-الدولي', name: 'التعاون الدولي' },
  ],
  fr: [{ slug: 'maroc', name: 'Maroc' }],
  en: [{ slug: 'morocco', name: 'Morocco' }],
} as const;
