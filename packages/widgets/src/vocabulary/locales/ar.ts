/** The model's Arabic catalogue, as a language module of its own. */
export { arabicCatalogue as default } from '@wijkwijzer/model';
