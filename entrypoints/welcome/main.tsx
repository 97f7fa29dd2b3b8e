import { render } from 'preact';
import { App } from './App';
import { t, uiLanguage } from '../../lib/i18n';
import '../../components/ui.css';

document.documentElement.lang = uiLanguage();
document.title = t('welcomeTitle');
render(<App />, document.getElementById('app')!);
