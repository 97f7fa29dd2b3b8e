import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from './App';
import '../../components/ui.css';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<App />, document.getElementById('app')!);
