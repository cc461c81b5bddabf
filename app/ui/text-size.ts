// The reader's text size (A− / A+): a step from MIN to MAX, 0 being the stylesheet's own size,
// remembered in localStorage and put on <html> as data-text-size; app/globals.css gives each step
// its scale. Shared by the inline script and the buttons so both speak of the same key and steps.

export const TEXT_SIZE_KEY = 'toasoan:co-chu';
export const MIN_TEXT_SIZE = -1;
export const MAX_TEXT_SIZE = 3;

/**
 * Runs inline at the top of every reader's page, before anything is painted, so a remembered size
 * is there from the first frame (no layout shift). localStorage may throw (storage disabled).
 */
export const APPLY_TEXT_SIZE_SCRIPT = `try{var n=Number(localStorage.getItem(${JSON.stringify(TEXT_SIZE_KEY)}));if(n&&n===Math.round(n)&&n>=${MIN_TEXT_SIZE}&&n<=${MAX_TEXT_SIZE})document.documentElement.dataset.textSize=n}catch(e){}`;
