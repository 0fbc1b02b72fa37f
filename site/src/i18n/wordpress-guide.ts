/**
 * The words of the WordPress guide (/voor-partners/wordpress/, /en/for-partners/wordpress/), one
 * typed text per language; the page (views/WordPress.astro) lays them out and adds the code
 * samples, which are the same in every language. In running text, `backticks` mark code.
 */
import type { Language } from './ui.ts';

/** Code shown on the page, made by the view: the snippet, README.md's anti-flash CSS, the policy lines. */
export type CodeSample = 'snippet' | 'antiFlash' | 'csp' | 'cspPractices';
export type ScreenWidth = 375 | 1280;

export type Block =
  | { text: string; link?: 'partners' }
  | { list: string[] }
  | { steps: string[] }
  | { code: CodeSample }
  | { screenshots: ScreenWidth[] };

export interface GuideSection {
  id: string;
  title: string;
  blocks: Block[];
}

export interface WordPressGuide {
  title: string;
  description: string;
  intro: string;
  back: string;
  /** The heading of the list of sections. */
  contents: string;
  /** A made-up address for the partner's own website in the code samples. */
  exampleSite: string;
  /** The link to the partners page, where the snippet comes from. */
  partnersLink: string;
  codeLabels: Record<CodeSample, string>;
  screenshots: Record<ScreenWidth, { alt: string; caption: string }>;
  sections: GuideSection[];
}

const nl: WordPressGuide = {
  title: 'Een onderdeel op uw WordPress-website zetten',
  description: 'Stap voor stap: de activiteitenzoeker of een ander onderdeel van Wijkwijzer op een WordPress-pagina, met de blokeditor, Elementor of Divi.',
  intro:
    'Deze uitleg is voor wie de website van uw organisatie beheert. U zet de activiteitenzoeker, of een ander onderdeel, op een pagina in WordPress. Reken op ongeveer een half uur.',
  back: 'Terug naar Voor partners',
  contents: 'Op deze pagina',
  exampleSite: 'https://www.uw-organisatie.example',
  partnersLink: 'Stel het onderdeel in en kopieer de code',
  codeLabels: {
    snippet: 'Voorbeeld van de code om te plakken',
    antiFlash: 'CSS tegen de flits bij het laden',
    csp: 'Regels voor de Content-Security-Policy',
    cspPractices: 'En voor het zoeken in goede voorbeelden',
  },
  screenshots: {
    1280: {
      alt: 'Een WordPress-pagina op een laptop. Bovenaan de naam van de organisatie en het menu. Links de pagina "Activiteiten in de wijk" met de zoeker: een zoekvak, de knop Filters, het aantal activiteiten en de eerste activiteit. Rechts een zijbalk met nieuws en openingstijden.',
      caption: 'Op een laptop (1280 pixels breed). De zoeker past in de kolom van het thema en neemt het lettertype van de website over.',
    },
    375: {
      alt: 'Dezelfde pagina op een telefoon. Het menu staat boven de titel. De zoeker is zo breed als het scherm: het zoekvak, de ingeklapte filters en het aantal activiteiten.',
      caption: 'Op een telefoon (375 pixels breed). De filters zijn ingeklapt, zodat de activiteiten snel in beeld komen.',
    },
  },
  sections: [
    {
      id: 'resultaat',
      title: 'Zo ziet het eruit',
      blocks: [
        { text: 'Een pagina van een welzijnsorganisatie met een gewoon WordPress-thema: kop, inhoud en zijbalk. De zoeker staat in een blok Aangepaste HTML.' },
        { screenshots: [1280, 375] },
      ],
    },
    {
      id: 'wie',
      title: 'Wie mag het doen?',
      blocks: [
        {
          text: 'WordPress laat alleen gebruikers met het recht `unfiltered_html` code met een script opslaan. Op een gewone WordPress-website hebben beheerders dat recht (en standaard ook redacteuren). Op een multisite-netwerk heeft alleen de superbeheerder het.',
        },
        {
          text: 'Heeft u dat recht niet? Dan haalt WordPress bij het opslaan het script en de tag van het onderdeel weg. Vraag het dan aan uw beheerder. Staat `DISALLOW_UNFILTERED_HTML` in wp-config.php, dan kan niemand scripts plaatsen. Vraag dan uw webbouwer om hulp.',
        },
      ],
    },
    {
      id: 'code',
      title: 'De code',
      blocks: [
        { text: 'Kies op de pagina Voor partners welk onderdeel u wilt en stel het in. Kopieer daarna de code. Die ziet er ongeveer zo uit:', link: 'partners' },
        { code: 'snippet' },
        {
          list: [
            'De eerste regel laadt het script. Het haalt alleen de code op van de onderdelen die op de pagina staan.',
            'Bij `src` staat het adres van uw bestand met activiteiten (de feed).',
            'Wat tussen de tags staat, is reserve-inhoud. Bezoekers zien die als JavaScript uit staat of als het script niet laadt. Zet er iets nuttigs in, zoals een link naar een lijst met activiteiten of een telefoonnummer. De code van Voor partners heeft die inhoud al.',
          ],
        },
      ],
    },
    {
      id: 'plakken',
      title: 'Plakken in uw editor',
      blocks: [
        { text: 'Gebruik een blok dat HTML laat zoals het is. In een gewoon tekstblok wordt de code gewone tekst.' },
        {
          list: [
            'Blokeditor (Gutenberg): klik op + en kies het blok Aangepaste HTML. Plak de code. Met Voorbeeld ziet u hoe het wordt.',
            'Elementor: sleep de widget HTML naar de pagina en plak de code in het veld voor de code.',
            'Divi: voeg de module Code toe en plak de code daarin.',
            'Klassieke editor: kies het tabblad Tekst (niet Visueel) en plak de code op een eigen regel.',
          ],
        },
        { text: 'Sla de pagina op en bekijk hem. In de editor ziet u het onderdeel soms niet; op de gepubliceerde pagina wel.' },
      ],
    },
    {
      id: 'flits',
      title: 'Geen flits bij het laden',
      blocks: [
        {
          text: 'Zolang het script laadt, ziet de bezoeker de reserve-inhoud, en daarna springt de pagina om. Deze CSS houdt de reserve-inhoud onzichtbaar tot het onderdeel klaar is. Laadt het script na 3 seconden nog niet, dan verschijnt de reserve-inhoud toch. Zonder JavaScript ziet de bezoeker hem meteen.',
        },
        { code: 'antiFlash' },
        {
          text: 'Zet de CSS één keer voor de hele website: in Weergave › Customizer › Extra CSS. Heeft u een blokthema, dan in Weergave › Editor › Stijlen › Extra CSS.',
        },
      ],
    },
    {
      id: 'bestand',
      title: 'Waar zet u het bestand met activiteiten?',
      blocks: [
        {
          text: 'WordPress weigert standaard bestanden die eindigen op `.json`: de mediabibliotheek zegt dat dit soort bestand niet mag. Zet het bestand daarom ergens anders neer:',
        },
        {
          list: [
            'Op uw eigen webserver, naast WordPress. Zet het bijvoorbeeld met (S)FTP of met het bestandsbeheer van uw hosting in een map data. Het adres is dan bijvoorbeeld https://www.uw-organisatie.example/data/activiteiten.json.',
            'Op een andere host voor vaste bestanden, zoals GitHub Pages, Netlify of de server van uw gemeente. Staat het bestand op een ander domein dan uw website? Dan moet die host de header `Access-Control-Allow-Origin` meesturen.',
            'Met een plugin die het bestandstype `application/json` toestaat. Weet wel wat dat betekent: iedereen die media mag uploaden, kan dan zulke bestanden plaatsen, en de plugin is een extra stuk software dat u bij moet houden. Sta alleen .json toe, niets anders. En WordPress geeft een nieuwe versie met dezelfde naam een ander adres, dus dan moet u ook de code op de pagina aanpassen.',
          ],
        },
      ],
    },
    {
      id: 'beveiliging',
      title: 'Beveiliging: de Content-Security-Policy',
      blocks: [
        {
          text: 'Stuurt uw website een Content-Security-Policy mee? Die stelt u vaak in met een beveiligingsplugin, in .htaccess of bij uw hosting. Voeg dan deze bronnen toe aan de regels die er al staan; vervang niets.',
        },
        {
          list: [
            '`script-src`: waar het script vandaan komt, het leerhuis.',
            '`connect-src`: waar de gegevens vandaan komen. Voor de zoeker is dat het adres van uw bestand met activiteiten (en van uw tabel met postcodes, als u die meegeeft). Voor een leermodule of het zoeken in goede voorbeelden is dat het leerhuis.',
            "Het zoeken in goede voorbeelden gebruikt WebAssembly. Zet daarvoor ook `'wasm-unsafe-eval'` bij `script-src`.",
          ],
        },
        { code: 'csp' },
        { code: 'cspPractices' },
        {
          text: "De CSS tegen de flits staat in een style-element in de pagina. Staat uw beleid dat niet toe (geen `'unsafe-inline'` bij `style-src`)? Zet de CSS dan in het stijlbestand van uw (child)thema.",
        },
      ],
    },
    {
      id: 'plugins',
      title: 'Plugins die scripts uitstellen of samenvoegen',
      blocks: [
        {
          text: 'Plugins voor snelheid en cache, zoals WP Rocket, Autoptimize, LiteSpeed Cache, SiteGround Speed Optimizer en W3 Total Cache, stellen scripts soms uit tot de bezoeker iets doet, of voegen ze samen tot één bestand. Dan verschijnt het onderdeel pas na een klik of helemaal niet: `loader.js` zoekt de andere bestanden naast zichzelf.',
        },
        {
          text: 'Zet `loader.js` daarom bij de uitzonderingen van de plugin. Zoek in de instellingen voor JavaScript naar uitsluiten of exclude, en vul `loader.js` in. Leeg daarna de cache.',
        },
      ],
    },
    {
      id: 'testen',
      title: 'Testen',
      blocks: [
        {
          steps: [
            'Open de pagina in een privévenster. Dan ziet u wat een bezoeker ziet: u bent niet ingelogd en krijgt de pagina uit de cache, net als iedereen.',
            'Gebruik alleen het toetsenbord. Ga met Tab door het zoekvak, de filters en de activiteiten. U ziet steeds waar u bent, en alles werkt met Enter of de spatiebalk.',
            'Maak het venster zo smal als een telefoon (375 pixels; in de hulpmiddelen voor ontwikkelaars van uw browser heet dat de apparaatweergave), of kijk op uw eigen telefoon. U hoeft niet opzij te scrollen.',
            'Open de console van de browser (F12, tabblad Console) en laad de pagina opnieuw. Rode meldingen over Content-Security-Policy, CORS of een bestand dat niet gevonden is (404) wijzen op een van de punten hierboven. Een melding die begint met "wijkwijzer:" zegt bijvoorbeeld dat regels in uw bestand niet goed zijn.',
          ],
        },
      ],
    },
  ],
};

const en: WordPressGuide = {
  title: 'Putting a widget on your WordPress website',
  description: 'Step by step: the activity finder or another Wijkwijzer widget on a WordPress page, with the block editor, Elementor or Divi.',
  intro:
    "This guide is for whoever looks after your organisation's website. You place the activity finder, or another widget, on a WordPress page. Allow about half an hour.",
  back: 'Back to For partners',
  contents: 'On this page',
  exampleSite: 'https://www.your-organisation.example',
  partnersLink: 'Set up the widget and copy its code',
  codeLabels: {
    snippet: 'Example of the code to paste',
    antiFlash: 'CSS against the flash while loading',
    csp: 'Lines for the Content-Security-Policy',
    cspPractices: 'And for searching good practices',
  },
  screenshots: {
    1280: {
      alt: 'A WordPress page on a laptop. At the top, the organisation\'s name and the menu. On the left, the page "Activiteiten in de wijk" with the finder: a search box, the Filters button, the number of activities and the first activity. On the right, a sidebar with news and opening hours.',
      caption: "On a laptop (1280 pixels wide). The finder fits the theme's column and takes on the website's font.",
    },
    375: {
      alt: 'The same page on a phone. The menu sits above the title. The finder is as wide as the screen: the search box, the folded filters and the number of activities.',
      caption: 'On a phone (375 pixels wide). The filters are folded away, so the activities come into view quickly.',
    },
  },
  sections: [
    {
      id: 'result',
      title: 'What it looks like',
      blocks: [
        { text: "A welfare organisation's page in an ordinary WordPress theme: header, content and sidebar. The finder sits in a Custom HTML block. (The example site is Dutch.)" },
        { screenshots: [1280, 375] },
      ],
    },
    {
      id: 'who',
      title: 'Who can do it?',
      blocks: [
        {
          text: 'WordPress only lets users with the `unfiltered_html` capability save code that contains a script. On an ordinary WordPress site, administrators have it (and, by default, editors too). On a multisite network only the super admin has it.',
        },
        {
          text: "Don't have it? Then WordPress removes the script and the widget's tag when you save. Ask your administrator instead. If wp-config.php contains `DISALLOW_UNFILTERED_HTML`, nobody can add scripts; ask your web developer for help.",
        },
      ],
    },
    {
      id: 'code',
      title: 'The code',
      blocks: [
        { text: 'On the For partners page, choose the widget you want and set it up. Then copy the code. It looks roughly like this:', link: 'partners' },
        { code: 'snippet' },
        {
          list: [
            'The first line loads the script. It only fetches the code of the widgets that are on the page.',
            '`src` holds the address of your file with activities (the feed).',
            'What sits between the tags is fallback content. Visitors see it when JavaScript is off or the script does not load. Put something useful there, such as a link to a list of activities or a phone number. The code from For partners already includes it.',
          ],
        },
      ],
    },
    {
      id: 'paste',
      title: 'Pasting it in your editor',
      blocks: [
        { text: 'Use a block that leaves HTML as it is. In an ordinary text block the code turns into plain text.' },
        {
          list: [
            'Block editor (Gutenberg): click + and choose the Custom HTML block. Paste the code. Preview shows you the result.',
            'Elementor: drag the HTML widget onto the page and paste the code into its code field.',
            'Divi: add a Code module and paste the code into it.',
            'Classic editor: choose the Text tab (not Visual) and paste the code on a line of its own.',
          ],
        },
        { text: 'Save the page and look at it. The editor sometimes does not show the widget; the published page does.' },
      ],
    },
    {
      id: 'flash',
      title: 'No flash while loading',
      blocks: [
        {
          text: 'While the script loads, visitors see the fallback content, and then the page jumps. This CSS keeps the fallback content invisible until the widget is ready. If the script still has not loaded after 3 seconds, the fallback content appears after all. Without JavaScript, visitors see it straight away.',
        },
        { code: 'antiFlash' },
        {
          text: 'Add the CSS once for the whole website: under Appearance › Customize › Additional CSS. With a block theme: Appearance › Editor › Styles › Additional CSS.',
        },
      ],
    },
    {
      id: 'feed-file',
      title: 'Where to put the file with activities',
      blocks: [
        {
          text: 'By default, WordPress refuses files ending in `.json`: the media library says this kind of file is not allowed. So put the file somewhere else:',
        },
        {
          list: [
            "On your own web server, beside WordPress. Upload it with (S)FTP or your host's file manager into a folder called data, for example. The address is then something like https://www.your-organisation.example/data/activiteiten.json.",
            "On another host for static files, such as GitHub Pages, Netlify or your municipality's server. Is the file on another domain than your website? Then that host must send the `Access-Control-Allow-Origin` header.",
            'With a plugin that allows the `application/json` file type. Know what that means: everyone who may upload media can then upload such files, and the plugin is one more piece of software to keep up to date. Allow .json only, nothing else. Also, WordPress gives a new version with the same name a different address, so you then have to change the code on the page as well.',
          ],
        },
      ],
    },
    {
      id: 'security',
      title: 'Security: the Content-Security-Policy',
      blocks: [
        {
          text: 'Does your website send a Content-Security-Policy? It is often set by a security plugin, in .htaccess or by your host. Then add these sources to the lines already there; do not replace anything.',
        },
        {
          list: [
            '`script-src`: where the script comes from, the learning house.',
            '`connect-src`: where the data comes from. For the finder, that is the address of your file with activities (and of your postcode table, if you provide one). For a learning module or the good practice search, it is the learning house.',
            "Searching good practices uses WebAssembly. For that, also add `'wasm-unsafe-eval'` to `script-src`.",
          ],
        },
        { code: 'csp' },
        { code: 'cspPractices' },
        {
          text: "The CSS against the flash sits in a style element in the page. Does your policy not allow that (no `'unsafe-inline'` in `style-src`)? Then put the CSS in your (child) theme's stylesheet.",
        },
      ],
    },
    {
      id: 'plugins',
      title: 'Plugins that delay or combine scripts',
      blocks: [
        {
          text: 'Speed and cache plugins such as WP Rocket, Autoptimize, LiteSpeed Cache, SiteGround Speed Optimizer and W3 Total Cache sometimes delay scripts until the visitor does something, or combine them into one file. The widget then appears only after a click, or not at all: `loader.js` looks for the other files next to itself.',
        },
        {
          text: "So add `loader.js` to the plugin's exclusions. Look in its JavaScript settings for exclude, and fill in `loader.js`. Then clear the cache.",
        },
      ],
    },
    {
      id: 'testing',
      title: 'Testing',
      blocks: [
        {
          steps: [
            'Open the page in a private window. You then see what a visitor sees: you are not logged in and get the page from the cache, like everyone else.',
            'Use the keyboard only. Tab through the search box, the filters and the activities. You can always see where you are, and everything works with Enter or the space bar.',
            "Make the window as narrow as a phone (375 pixels; in your browser's developer tools this is the device view), or look on your own phone. You should not have to scroll sideways.",
            'Open the browser console (F12, Console tab) and reload the page. Red messages about Content-Security-Policy, CORS or a file that was not found (404) point to one of the steps above. A message starting with "wijkwijzer:" tells you, for example, that records in your file are not right.',
          ],
        },
      ],
    },
  ],
};

const guides: Record<Language, WordPressGuide> = { nl, en };

export function wordpressGuide(language: Language): WordPressGuide {
  return guides[language];
}
