import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { t } from '@/utils/i18n';
import '@/components/library/library.css';
import './style.css';

document.documentElement.lang = navigator.language.startsWith('ko') ? 'ko' : 'en';
document.title = t('extName');
render(<PopupApp />, document.getElementById('app')!);
