import { render } from 'preact';
import { App } from './App';
import { uiLanguage } from '../../lib/i18n';
import '../../components/ui.css';

document.documentElement.lang = uiLanguage();
render(<App />, document.getElementById('app')!);
