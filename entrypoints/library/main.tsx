import { render } from 'preact';
import { LibraryApp } from '@/components/library/LibraryApp';
import { t } from '@/utils/i18n';
import '@/components/library/library.css';
import './style.css';

document.documentElement.lang = navigator.language.startsWith('ko') ? 'ko' : 'en';
document.title = t('libraryTitle');
render(<LibraryApp />, document.getElementById('app')!);
