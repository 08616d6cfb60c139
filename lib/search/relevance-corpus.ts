// The fixture corpus of the relevance test set: short articles, each built around the spelling
// variant, prefix or language feature one group of queries checks. Keys name the articles.

export type CorpusArticle = {
  key: string;
  locale: 'ar' | 'fr' | 'en';
  title: string;
  dek?: string;
  body: string;
  daysAgo: number;
  status?: 'published' | 'draft' | 'scheduled' | 'unpublished' | 'review';
};

export const corpus: CorpusArticle[] = [
  { key: 'agadir', locale: 'ar', title: 'مهرجان أكادير يستقبل آلاف الزوار', body: 'افتتح مهرجان الموسيقى في مدينة أكادير دورته الجديدة بحضور جمهور غفير.', daysAgo: 3 },
  { key: 'istanbul', locale: 'ar', title: 'قمة إقليمية في إسطنبول', body: 'اجتمع وزراء الخارجية في إسطنبول لبحث الأزمة الإقليمية.', daysAgo: 5 },
  { key: 'hospital', locale: 'ar', title: 'افتتاح مستشفى جامعي جديد في وجدة', body: 'يضم المستشفى الجامعي أربعمائة سرير ومختبرات حديثة.', daysAgo: 4 },
  { key: 'school', locale: 'ar', title: 'مدرسة قروية تفوز بجائزة التميز', body: 'حصلت المدرسة على الجائزة بفضل مشروع القراءة الذي أطلقه المعلمون.', daysAgo: 6 },
  { key: 'quds', locale: 'ar', title: 'مؤتمر دولي حول تراث القُدْس', body: 'ناقش المؤتمر سُبُلَ حماية المَعالِمِ التاريخية في مدينة القُدْس العتيقة.', daysAgo: 8 },
  { key: 'economy', locale: 'ar', title: 'الاقتصـــاد الوطني يحقق نموا', body: 'سجل الاقتصـــاد الوطني نموا بنسبة ثلاثة في المائة خلال الفصل الأخير.', daysAgo: 2 },
  { key: 'bookfair', locale: 'ar', title: 'معرض الكتاب يفتح أبوابه في الرباط', body: 'يشارك في معرض الكتاب أكثر من سبعمائة ناشر من خمسين دولة.', daysAgo: 1 },
  { key: 'chair', locale: 'ar', title: 'صناعة الكراسي التقليدية في فاس', body: 'يحافظ الحرفيون على صناعة الكرسي الخشبي المزخرف منذ قرون.', daysAgo: 30 },
  { key: 'world-cup', locale: 'ar', title: 'المغرب يستعد لاستضافة كأس العالم 2030', body: 'تتواصل أشغال بناء الملاعب استعدادا لكأس العالم 2030 بشراكة مع إسبانيا والبرتغال.', daysAgo: 10 },
  { key: 'independence', locale: 'ar', title: 'ذكرى استقلال تونس عام ١٩٥٦', body: 'احتفلت تونس بذكرى الاستقلال الذي تحقق سنة ١٩٥٦ بعد مفاوضات طويلة.', daysAgo: 40 },
  { key: 'peace', locale: 'ar', title: 'رسالة سلام من شباب المتوسط', body: 'وجه شباب ضفتي المتوسط رسالة سلام وتعايش في ختام ملتقاهم السنوي.', daysAgo: 12 },
  { key: 'stability', locale: 'ar', title: 'الاستقرار السياسي شرط للتنمية', body: 'يرى الباحثون أن الاستقرار المؤسساتي يجذب الاستثمار ويحمي النمو.', daysAgo: 15 },
  { key: 'team', locale: 'ar', title: 'المنتخب الوطني يتأهل إلى نصف النهائي', body: 'فالمنتخب قدم أداء قويا ونجح اللاعبون في تسجيل ثلاثة أهداف.', daysAgo: 2 },
  { key: 'team-basket', locale: 'ar', title: 'منتخب كرة السلة يخسر أمام مصر', body: 'لم يتمكن منتخب كرة السلة من تجاوز المنافس في المباراة النهائية.', daysAgo: 3 },
  { key: 'rabat-tram', locale: 'ar', title: 'توسعة خط الترامواي بالرباط', body: 'أعلنت الشركة عن توسعة الخط الثاني للترامواي بالرباط وسلا.', daysAgo: 9 },
  { key: 'custom', locale: 'ar', title: 'احتفالات عاشوراء كالعادة في الأحياء الشعبية', body: 'أحيت الأسر المناسبة كالعادة بالأهازيج والألعاب التقليدية.', daysAgo: 20 },
  { key: 'police', locale: 'ar', title: 'إحداث مدرسة جديدة للأمن الوطني', body: 'أعلنت المديرية العامة للأمن الوطني عن تكوين ألفي شرطي في مدرسة للأمن بالقنيطرة.', daysAgo: 7 },
  { key: 'minister', locale: 'ar', title: 'الوزير يزور ورشة صناعة الطائرات', body: 'اطلع وزير الصناعة على سير العمل في المصنع الجديد.', daysAgo: 11 },
  { key: 'negotiations', locale: 'ar', title: 'المفاوضون يعودون إلى طاولة الحوار', body: 'استؤنفت المفاوضات بين النقابات والحكومة حول الأجور.', daysAgo: 13 },
  { key: 'phosphate', locale: 'ar', title: 'صادرات الفوسفاط ترتفع بقوة', body: 'ارتفعت صادرات الفوسفاط ومشتقاته إلى الأسواق الآسيوية والأمريكية.', daysAgo: 16 },
  { key: 'dakhla', locale: 'ar', title: 'الداخلة وجهة لرياضة ركوب الأمواج', body: 'يتوافد هواة ركوب الأمواج على الداخلة من مختلف أنحاء العالم.', daysAgo: 18 },
  { key: 'covid', locale: 'ar', title: 'حصيلة جديدة لكوفيد-19 في المستشفيات', body: 'سجلت وزارة الصحة تراجعا في حالات كوفيد-19 خلال الأسبوع الماضي.', daysAgo: 25 },
  { key: 'nasa', locale: 'ar', title: 'وكالة NASA تطلق مسبارا نحو المريخ', body: 'أطلقت وكالة الفضاء الأمريكية NASA مسبارا جديدا لدراسة تربة المريخ.', daysAgo: 14 },
  { key: 'water', locale: 'ar', title: 'بناء سدود جديدة لمواجهة الجفاف', body: 'تعتزم الحكومة بناء خمسة سدود لتخزين مياه الأمطار ومواجهة الجفاف.', daysAgo: 21 },
  { key: 'desert', locale: 'ar', title: 'رالي الصحراء ينطلق من مرزوكة', body: 'تنطلق مرحلة رالي الصحراء الأولى من كثبان مرزوكة الذهبية.', daysAgo: 22 },
  { key: 'zellige', locale: 'ar', title: 'فن الزليج المغربي يدخل قائمة التراث', body: 'أشادت المنظمة بفن الزليج وبمهارة الصناع التقليديين في تطوان.', daysAgo: 23 },
  { key: 'argan', locale: 'ar', title: 'تعاونيات نسائية تنتج زيت الأركان', body: 'تساهم تعاونيات زيت الأركان في تمكين النساء القرويات اقتصاديا.', daysAgo: 24 },
  { key: 'teachers', locale: 'ar', title: 'المعلمون يطالبون بتحسين ظروف العمل', body: 'نظم المعلمون وقفة احتجاجية أمام مقر الوزارة للمطالبة بالترقية.', daysAgo: 26 },
  { key: 'persian', locale: 'ar', title: 'مهرجان الشعر الفارسي في کرمان', body: 'شارك شعراء من ایران وأفغانستان في مهرجان الشعر بمدينة کرمان.', daysAgo: 27 },
  { key: 'election-2023', locale: 'ar', title: 'نتائج انتخابات 2023 البلدية', body: 'أعلنت اللجنة نتائج الانتخابات البلدية لسنة 2023 بعد فرز الأصوات.', daysAgo: 29 },
  { key: 'old-harbour', locale: 'ar', title: 'ترميم الميناء القديم في الصويرة', body: 'انطلقت أشغال ترميم الميناء القديم لمدينة الصويرة العام الماضي.', daysAgo: 400 },
  { key: 'new-harbour', locale: 'ar', title: 'الميناء الجديد في الصويرة يستقبل أولى السفن', body: 'استقبل الميناء الجديد لمدينة الصويرة أولى سفن الصيد.', daysAgo: 1 },
  { key: 'draft', locale: 'ar', title: 'مسودة سرية عن الزعفران', body: 'نص لم ينشر بعد عن زراعة الزعفران في تالوين.', daysAgo: 1, status: 'draft' },
  { key: 'future', locale: 'ar', title: 'خبر مجدول عن الزعفران', body: 'خبر مجدول للنشر غدا عن الزعفران.', daysAgo: -1, status: 'scheduled' },
  { key: 'pulled', locale: 'ar', title: 'خبر مسحوب عن الزعفران', body: 'خبر سحب من النشر عن الزعفران.', daysAgo: 2, status: 'unpublished' },
  { key: 'due', locale: 'ar', title: 'خبر مجدول حان وقته عن التمور', body: 'خبر مجدول نشر أمس عن تمور الرشيدية.', daysAgo: 1, status: 'scheduled' },
  { key: 'fr-election', locale: 'fr', title: 'Élection présidentielle : le débat télévisé', body: 'Les candidats à l’élection se sont affrontés lors d’un débat très suivi.', daysAgo: 2 },
  { key: 'fr-economy', locale: 'fr', title: 'La croissance économique ralentit', body: 'Selon la banque centrale, l’économie marocaine reste résiliente malgré la sécheresse.', daysAgo: 3 },
  { key: 'fr-reforms', locale: 'fr', title: 'Le gouvernement présente ses réformes', body: 'Les réformes du système de retraite seront discutées avec les syndicats.', daysAgo: 4 },
  { key: 'fr-festival', locale: 'fr', title: 'Festival de Fès des musiques sacrées', body: 'Le festival accueille des artistes venus de vingt pays.', daysAgo: 5 },
  { key: 'fr-meteo', locale: 'fr', title: 'Alerte météo : fortes pluies sur le Rif', body: 'Des averses orageuses sont attendues dans les provinces du nord.', daysAgo: 6 },
  { key: 'en-floods', locale: 'en', title: 'Floods cut roads in the Atlas', body: 'Heavy flooding cut several mountain roads; rescuers reached isolated villages.', daysAgo: 2 },
  { key: 'en-ministers', locale: 'en', title: 'Ministers meet on water policy', body: 'The minister of agriculture met regional officials to discuss water policy.', daysAgo: 3 },
  { key: 'en-university', locale: 'en', title: 'New university opens in Benguerir', body: 'The university focuses on mining, data science and agriculture.', daysAgo: 4 },
  { key: 'en-running', locale: 'en', title: 'Thousands running in the Marrakech marathon', body: 'Runners from forty countries ran through the old city.', daysAgo: 5 },
  { key: 'en-cafe', locale: 'en', title: 'The café culture of Tangier', body: 'Writers once gathered in the cafés of the old port.', daysAgo: 6 },
];

export type RelevanceCase = {
  q: string;
  locale?: 'ar' | 'fr' | 'en';
  /** The key of the first result ('seed' is the demo's model article). */
  first?: string;
  /** Keys that must all be among the results. */
  include?: string[];
  /** Keys that must not be among the results. */
  exclude?: string[];
  /** No result at all. */
  none?: boolean;
  why: string;
};

export const relevanceCases: RelevanceCase[] = [
  // Hamza-carrying alefs
  { q: 'اكادير', first: 'agadir', why: 'أ folded to ا' },
  { q: 'أكادير', first: 'agadir', why: 'exact spelling' },
  { q: 'اسطنبول', first: 'istanbul', why: 'إ folded to ا' },
  { q: 'آلاف الزوار', first: 'agadir', why: 'آ in the query' },
  // ى / ي and ة / ه
  { q: 'مستشفي', first: 'hospital', why: 'ى written as ي' },
  { q: 'المستشفى الجامعي', first: 'hospital', why: 'ى with the article' },
  { q: 'مدرسه قرويه', first: 'school', why: 'ة written as ه' },
  // Diacritics and tatweel
  { q: 'القدس', first: 'quds', why: 'document has diacritics' },
  { q: 'القُدْس', first: 'quds', why: 'query and document have diacritics' },
  { q: 'الحَمُّوشِي', first: 'seed', why: 'query with diacritics, the seed article' },
  { q: 'الاقتصاد الوطني', first: 'economy', why: 'document has tatweel' },
  { q: 'الاقتصـــاد', first: 'economy', why: 'query has tatweel' },
  // Persian and Urdu letters, presentation forms, invisible characters
  { q: 'معرض الکتاب', first: 'bookfair', why: 'Persian kaf ک in the query' },
  { q: 'الکرسی', first: 'chair', why: 'Persian kaf and yeh in the query' },
  { q: 'كرمان', first: 'persian', why: 'document spelled with Persian kaf' },
  { q: 'ايران', first: 'persian', why: 'document spelled with Persian yeh' },
  { q: 'ﺳﻼﻡ', first: 'peace', why: 'presentation forms in the query' },
  { q: 'حمو\u200Cشي', first: 'seed', why: 'zero-width non-joiner inside the word' },
  { q: '\u202Bالحموشي\u202C', first: 'seed', why: 'bidi embedding around the query' },
  // Digits
  { q: '٢٠٣٠', first: 'world-cup', why: 'Arabic-Indic digits find Latin digits' },
  { q: '۲۰۳۰', first: 'world-cup', why: 'Persian digits find Latin digits' },
  { q: '1956', first: 'independence', why: 'Latin digits find Arabic-Indic digits' },
  { q: 'انتخابات ٢٠٢٣', first: 'election-2023', why: 'a word and Arabic-Indic digits' },
  // Prefixes و ف ب ك ل ال وال بال and the article
  { q: 'والاستقرار', first: 'stability', why: 'وال prefix in the query' },
  { q: 'استقرار', first: 'stability', why: 'bare word finds the article form' },
  { q: 'الحموشي', first: 'seed', why: 'the article in the query' },
  { q: 'حموشي', first: 'seed', why: 'bare name finds the article form' },
  { q: 'فالمنتخب', include: ['team'], why: 'ف + ال prefix' },
  { q: 'منتخب', include: ['team', 'team-basket'], why: 'bare word finds with and without the article' },
  { q: 'بالرباط الترامواي', first: 'rabat-tram', why: 'بال prefix' },
  { q: 'كالعادة', first: 'custom', why: 'كال prefix' },
  { q: 'عادة عاشوراء', first: 'custom', why: 'bare word finds the كال form' },
  { q: 'للأمن', include: ['police', 'seed'], why: 'لل prefix (ل + ال)' },
  { q: 'الامن مدرسة', first: 'police', why: 'finds للأمن in the document' },
  { q: 'مدير FBI', first: 'seed', why: 'ل glued to مدير in the title' },
  { q: 'وزير', include: ['minister'], why: 'و that belongs to the word, with and without the article' },
  { q: 'الوزير', include: ['minister'], why: 'the article form of a word starting with و' },
  { q: 'بمراكش الماراثون', none: true, why: 'a word that occurs nowhere in Arabic' },
  // Suffixes
  { q: 'لاعبين اهداف', first: 'team', why: 'plural ending ين finds ون' },
  { q: 'مفاوضات', include: ['negotiations', 'independence'], why: 'ات plural' },
  { q: 'المعلمين', include: ['teachers', 'school'], why: 'ين finds ون' },
  // Mixed Arabic and Latin
  { q: 'الحموشي FBI', first: 'seed', why: 'Arabic and Latin in one query' },
  { q: 'NASA المريخ', first: 'nasa', why: 'Latin first' },
  { q: 'nasa', first: 'nasa', why: 'Latin case folded' },
  { q: 'كوفيد-19', first: 'covid', why: 'a hyphenated word' },
  // Phrases and exclusions
  { q: '"مكتب التحقيقات الفيدرالي"', first: 'seed', why: 'a phrase in the document' },
  { q: '"التحقيقات مكتب"', none: true, why: 'a phrase in the wrong order' },
  { q: '"الميناء القديم" الصويرة', first: 'old-harbour', why: 'a phrase beats recency' },
  { q: 'الصويرة الميناء', first: 'new-harbour', why: 'recency breaks the tie' },
  { q: 'منتخب -السلة', include: ['team'], exclude: ['team-basket'], why: 'an excluded word' },
  { q: 'الصويرة -"الميناء القديم"', include: ['new-harbour'], exclude: ['old-harbour'], why: 'an excluded phrase' },
  // What readers never see
  { q: 'الزعفران', none: true, why: 'draft, scheduled-not-due and unpublished articles' },
  { q: 'التمور', first: 'due', why: 'a scheduled article whose time has come' },
  // French
  { q: 'election', locale: 'fr', first: 'fr-election', why: 'accent folded' },
  { q: 'élections', locale: 'fr', first: 'fr-election', why: 'plural stemmed' },
  { q: 'economie', locale: 'fr', first: 'fr-economy', why: 'économique/économie stemmed and folded' },
  { q: 'réforme', locale: 'fr', first: 'fr-reforms', why: 'singular finds plural' },
  { q: 'FES', locale: 'fr', first: 'fr-festival', why: 'case and accent folded' },
  // English
  { q: 'flood', locale: 'en', first: 'en-floods', why: 'floods/flooding stemmed' },
  { q: 'minister', locale: 'en', first: 'en-ministers', why: 'singular finds plural' },
  { q: 'universities', locale: 'en', first: 'en-university', why: 'plural finds singular' },
  { q: 'runs', locale: 'en', first: 'en-running', why: 'running stemmed' },
  { q: 'cafe', locale: 'en', first: 'en-cafe', why: 'accent folded' },
  { q: 'ﺳﻼﻡ', locale: 'en', none: true, why: 'an Arabic word in the English edition' },
];
