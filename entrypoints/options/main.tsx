import { render } from 'preact';
import { App } from './App';
import { uiLocale } from '../../lib/i18n';
import '../../components/ui.css';

document.documentElement.lang = uiLocale();
render(<App />, document.getElementById('app')!);
