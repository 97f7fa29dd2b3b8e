import { render } from 'preact';
import { App } from './App';
import { t, uiLocale } from '../../lib/i18n';
import '../../components/ui.css';

document.documentElement.lang = uiLocale();
document.title = t('demoTitle');
render(<App />, document.getElementById('app')!);
