/** The model's English catalogue, as a language module of its own. */
export { englishCatalogue as default } from '@wijkwijzer/model';
